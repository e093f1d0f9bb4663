# One INTERFACE target carries the compile settings every GB Admin target links.
add_library(gbadmin_options INTERFACE)
target_compile_features(gbadmin_options INTERFACE cxx_std_20)
target_compile_definitions(gbadmin_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(gbadmin_options INTERFACE -Wall -Wextra -Wpedantic -Wundef -Wshadow
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(GBADMIN_WERROR)
        target_compile_options(gbadmin_options INTERFACE -Werror)
    endif()
endif()
target_include_directories(gbadmin_options INTERFACE ${PROJECT_SOURCE_DIR}/src ${PROJECT_BINARY_DIR}/src)

# A feature library of the core layer: Qt Core and friends, never Qt Widgets.
# gbadmin_add_core_library(<feature> SOURCES ... [LIBS ...]) creates gbadmin_core_<feature>
# and adds it to the aggregate gbadmin_core.
function(gbadmin_add_core_library feature)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    set(target gbadmin_core_${feature})
    add_library(${target} STATIC ${ARG_SOURCES})
    target_link_libraries(${target} PUBLIC gbadmin_options Qt6::Core ${ARG_LIBS})
    set_target_properties(${target} PROPERTIES AUTOMOC ON)
    target_link_libraries(gbadmin_core INTERFACE ${target})
endfunction()

# A feature library of the widgets layer; .ui files are found in forms/.
function(gbadmin_add_widgets_library feature)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    set(target gbadmin_widgets_${feature})
    add_library(${target} STATIC ${ARG_SOURCES})
    target_link_libraries(${target} PUBLIC gbadmin_options gbadmin_core Qt6::Widgets ${ARG_LIBS})
    set_target_properties(${target} PROPERTIES AUTOMOC ON AUTOUIC ON
        AUTOUIC_SEARCH_PATHS ${PROJECT_SOURCE_DIR}/forms)
    target_link_libraries(gbadmin_widgets INTERFACE ${target})
endfunction()
