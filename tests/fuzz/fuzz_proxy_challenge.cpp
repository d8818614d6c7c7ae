// ProxyChallenge::parse: the Proxy-Authenticate values of a 407, joined as the probe joins them.
#include "FuzzInput.h"
#include "proxyauth/ProxyChallenge.h"

using namespace cloudcheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<ProxyChallenge> challenges = ProxyChallenge::parse(fuzz::bytes(data, size));
    for (const ProxyChallenge& challenge : challenges) {
        fuzz::require(!challenge.scheme.isEmpty(), "every challenge has a scheme");
        for (auto it = challenge.params.cbegin(); it != challenge.params.cend(); ++it)
            fuzz::require(it.key() == it.key().toLower(), "parameter names are lower case");
        (void)challenge.is(u"Digest");
    }
    return 0;
}
