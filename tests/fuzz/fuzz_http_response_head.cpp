// HttpResponseHead: whatever a proxy, block page, interceptor or server answers, read as a head,
// its headers shown in reports, its dates parsed.
#include "FuzzInput.h"
#include "net/HttpResponseHead.h"

using namespace cloudcheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    (void)HttpResponseHead::isComplete(input);
    fuzz::requireDisplaySafe(HttpResponseHead::displayText(input));
    (void)HttpResponseHead::parseHttpDate(input);

    const auto head = HttpResponseHead::parse(input);
    if (!head)
        return 0;
    fuzz::requireDisplaySafe(HttpResponseHead::displayText(head->reason().toUtf8()));
    for (const auto& [name, value] : head->headers()) {
        fuzz::requireDisplaySafe(HttpResponseHead::displayText(value));
        const auto joined = head->header(name.toLower());
        fuzz::require(joined.has_value(), "a parsed header is found by its name, in any case");
    }
    for (const char* name : {"date", "last-modified", "expires", "proxy-authenticate", "via", "server"}) {
        if (const auto value = head->header(QByteArray(name)))
            (void)HttpResponseHead::parseHttpDate(*value);
    }
    return 0;
}
