// libFuzzer target for the ANSI parser (src/core/ci/ansi.h): any bytes as one log line's content.
// Besides crashes and sanitizer reports it checks the parser's invariants: runs are contiguous,
// non-empty and cover the text; visual parts never hold '\r' and are never empty.
#include "core/ci/ansi.h"

#include <cstdint>
#include <cstdlib>

namespace {

void checkRuns(const Ci::Ansi::StyledText& t)
{
    int pos = 0;
    for (const Ci::Ansi::Run& r : t.runs) {
        if (r.start != pos || r.length <= 0)
            std::abort();
        pos += r.length;
    }
    if (pos != t.text.size())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const QByteArray& part : Ci::Ansi::visualParts(input)) {
        if (part.isEmpty() || part.contains('\r'))
            std::abort();
    }
    for (const Ci::Ansi::StyledText& t : Ci::Ansi::parseLine(input))
        checkRuns(t);
    int parts = -1;
    const Ci::Ansi::StyledText final = Ci::Ansi::parseFinal(input, &parts);
    checkRuns(final);
    if (parts < 0 || (parts == 0) != final.text.isEmpty())
        std::abort();
    Ci::Ansi::Style state;
    checkRuns(Ci::Ansi::parse(input, &state));
    return 0;
}
