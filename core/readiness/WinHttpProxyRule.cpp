#include "WinHttpProxyRule.h"

#include <algorithm>
#include <cctype>

namespace cloudcheck::readiness {

namespace {

// "HTTP=Proxy:8080 ; " and "http=proxy:8080" are the same setting.
std::string normalized(std::string text)
{
    text.erase(std::remove_if(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); }),
               text.end());
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    while (!text.empty() && text.back() == ';')
        text.pop_back();
    return text;
}

} // namespace

RuleResult WinHttpProxyRule::evaluate(const platform::HostPlatform& host)
{
    RuleResult result;
    result.check = kId;
    const platform::ProxyConfig winHttp = host.proxy->winHttpDefault();
    const platform::ProxyConfig user = host.proxy->currentUser();
    result.addFact("winHttpProxy", winHttp.readable ? (winHttp.proxy.empty() ? "(direct)" : winHttp.proxy)
                                                    : "(unreadable: " + winHttp.error + ")");
    result.addFact("winHttpBypass", winHttp.bypass);
    result.addFact("userProxy", user.readable ? (user.proxy.empty() ? "(direct)" : user.proxy)
                                              : "(unreadable: " + user.error + ")");
    result.addFact("userBypass", user.bypass);
    result.addFact("userAutoConfigUrl", user.autoConfigUrl);
    result.addFact("userAutoDetect", user.autoDetect ? "1" : "0");
    if (!winHttp.readable || !user.readable) {
        result.reason = "unreadable";
        return result;
    }
    std::string problem;
    if (normalized(winHttp.proxy) != normalized(user.proxy))
        problem = "different_proxy";
    else if (!user.autoConfigUrl.empty())
        problem = "user_pac";
    else if (user.autoDetect && winHttp.proxy.empty())
        problem = "user_autodetect";
    result.addFact("problem", problem);
    result.outcome = problem.empty() ? Outcome::Pass : Outcome::Warn;
    if (!problem.empty())
        result.code = "HOST_WINHTTP_MISMATCH";
    return result;
}

} // namespace cloudcheck::readiness
