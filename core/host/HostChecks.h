#pragma once

#include "catalog/EndpointTypes.h"
#include "platform/HostPlatform.h"
#include "result/HostResult.h"

#include <optional>

namespace cloudcheck {

// The host group's run: which machine to read (Windows itself; on other systems the test fake
// named by CLOUDCHECK_FAKE_HOST, or nothing), which rules apply to the profile, and their
// outcomes as facts. Wording is HostDiagnosis's. Reading the registry and the certificate store
// takes milliseconds, so this runs inline at the start of a run.
class HostChecks
{
public:
    // The machine this run describes, chosen as above.
    static HostResult run(Profile profile);
    // The same over a given platform (tests); nullopt: there is no platform to read.
    static HostResult run(Profile profile, const std::optional<platform::HostPlatform>& host,
                          HostResult::Source source);
};

} // namespace cloudcheck
