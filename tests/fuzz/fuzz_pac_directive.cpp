// PacDirective::parse: what a PAC script's FindProxyForURL returned (the script is the
// customer's, or whoever serves the PAC URL), read as UTF-8 as the helper hands it over.
#include "FuzzInput.h"
#include "pac/PacDirective.h"

using namespace cloudcheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString returned = QString::fromUtf8(fuzz::bytes(data, size));
    const PacDirective directive = PacDirective::parse(returned);
    for (const PacDirective::Entry& entry : directive.entries()) {
        if (entry.kind == PacDirective::Kind::Proxy)
            fuzz::require(!entry.host.isEmpty() && entry.port != 0, "a PROXY entry has an address");
    }
    (void)directive.hasUsableEntry();
    fuzz::require(PacDirective::parse(returned) == directive, "parsing is deterministic");
    return 0;
}
