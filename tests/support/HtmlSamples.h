#pragma once

#include "result/RunResult.h"

namespace cloudcheck {

// Recorded runs for the HTML report's tests, its rendering in Chromium and its benchmark: every
// kind of section (passes, a dropped port, a proxy refusal, SSL interception with a hostile
// certificate, a DNS failure, UDP, an address not checked), diagnosed in the current language.
namespace HtmlSamples {

RunResult run(Language language);
// `count` addresses: the sample's problems repeated, the rest passing with a certificate chain.
RunResult large(Language language, int count);

} // namespace HtmlSamples

} // namespace cloudcheck
