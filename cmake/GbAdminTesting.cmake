# gbadmin_add_test(<name> SOURCES ... [LIBS ...] LABEL unit|integration|gui [TIMEOUT s] [WRAPPER script])
# One Qt Test executable per test class. Integration tests require the simhost fixture;
# gui tests run on the offscreen platform. WRAPPER runs the test through a script (e.g.
# tests/support/with-keyring.sh for a private D-Bus session with an unlocked gnome-keyring).
function(gbadmin_add_test name)
    cmake_parse_arguments(ARG "" "LABEL;TIMEOUT;WRAPPER" "SOURCES;LIBS" ${ARGN})
    if(NOT ARG_LABEL)
        set(ARG_LABEL unit)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE gbadmin_options gbadmin_testsupport Qt6::Test ${ARG_LIBS})
    set_target_properties(${name} PROPERTIES AUTOMOC ON AUTOUIC ON
        AUTOUIC_SEARCH_PATHS ${PROJECT_SOURCE_DIR}/forms)
    if(ARG_WRAPPER)
        add_test(NAME ${name} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    # A test function still running after 2 minutes is hung: Qt Test then names it (and prints a
    # backtrace when gdb is installed) instead of ctest killing the whole executable silently.
    set(env "QT_QPA_PLATFORM=offscreen;GBADMIN_SOURCE_DIR=${PROJECT_SOURCE_DIR}" "QTEST_FUNCTION_TIMEOUT=120000"
            "GBADMIN_TESTDATA_DIR=${PROJECT_SOURCE_DIR}/tests/data"
            "SIMHOST_DIR=${GBADMIN_SIMHOST_DIR}")
    set_tests_properties(${name} PROPERTIES LABELS ${ARG_LABEL} ENVIRONMENT "${env}")
    if(ARG_TIMEOUT)
        set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
    endif()
    if(ARG_LABEL STREQUAL "integration")
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED simhost RESOURCE_LOCK simhost_state)
    endif()
endfunction()
