#include "HostChecks.h"

#include "readiness/HostReadiness.h"

#include <QLoggingCategory>

#ifndef Q_OS_WIN
#include "platform/fake/FakeHost.h"
#endif

Q_LOGGING_CATEGORY(lcHost, "cloudcheck.host")

namespace cloudcheck {

namespace {

Verdict verdictOf(readiness::Outcome outcome)
{
    switch (outcome) {
    case readiness::Outcome::Pass:
        return Verdict::Pass;
    case readiness::Outcome::Warn:
        return Verdict::Warn;
    case readiness::Outcome::Fail:
        return Verdict::Fail;
    case readiness::Outcome::NotRun:
        break;
    }
    return Verdict::NotRun;
}

} // namespace

HostResult HostChecks::run(Profile profile)
{
#ifdef Q_OS_WIN
    return run(profile, platform::HostPlatform::windows(), HostResult::Source::Windows);
#else
    const QString path = qEnvironmentVariable(platform::FakeHost::kVariable);
    if (path.isEmpty())
        return run(profile, std::nullopt, HostResult::Source::None);
    QString error;
    const auto fake = platform::FakeHost::load(path, &error);
    if (!fake) {
        qCWarning(lcHost) << "fake host not loaded:" << error;
        HostResult result;
        result.notRunReason = QStringLiteral("fake_unreadable");
        result.error = error;
        return result;
    }
    qCInfo(lcHost) << "host checks read the fake host" << path << "(test only)";
    HostResult result = run(profile, platform::FakeHost::platform(fake), HostResult::Source::Fake);
    result.fakePath = path;
    return result;
#endif
}

HostResult HostChecks::run(Profile profile, const std::optional<platform::HostPlatform>& host,
                           HostResult::Source source)
{
    HostResult result;
    // The browser profile judges an admin's browser path; this machine's Connector settings are
    // not what it asks about, whatever the machine is.
    if (profile == Profile::Browser) {
        result.notRunReason = QStringLiteral("browser_profile");
        return result;
    }
    if (!host) {
        result.notRunReason = QStringLiteral("not_windows");
        return result;
    }
    result.source = source;
    const readiness::HostRole role =
        profile == Profile::Vda ? readiness::HostRole::Vda : readiness::HostRole::Connector;
    result.role = role == readiness::HostRole::Vda ? QStringLiteral("vda") : QStringLiteral("connector");
    for (const readiness::RuleResult& rule : readiness::HostReadiness::evaluate(*host, role)) {
        HostCheck check;
        check.id = QString::fromStdString(rule.check);
        check.verdict = verdictOf(rule.outcome);
        check.code = QString::fromStdString(rule.code);
        check.notRunReason = QString::fromStdString(rule.reason);
        for (const auto& [name, value] : rule.facts)
            check.details.insert(QString::fromStdString(name), QString::fromStdString(value));
        result.checks << check;
    }
    qCInfo(lcHost) << "host checks:" << result.checks.size() << "rules as" << result.role;
    return result;
}

} // namespace cloudcheck
