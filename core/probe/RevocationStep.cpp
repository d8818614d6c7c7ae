#include "RevocationStep.h"

#include "net/CertificateFacts.h"
#include "net/HttpResponseHead.h"
#include "revocation/RevocationAddresses.h"
#include "revocation/TrustStore.h"
#include "support/UntrustedText.h"

namespace cloudcheck {

namespace {

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

void insertIfSet(QJsonObject& object, QLatin1String key, const QString& value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace

RevocationStep::RevocationStep(ProbeState& state, const ProbeContext& context, QObject* parent)
    : ProbeStep(StepKind::Revocation, state, context, parent), m_safety(this)
{
    m_safety.setSingleShot(true);
    m_safety.setTimerType(Qt::PreciseTimer);
    connect(&m_safety, &QTimer::timeout, this, &RevocationStep::timeOutPending);
}

QString RevocationStep::subjectOf(const QSslCertificate& certificate)
{
    QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::Organization);
    return UntrustedText::forDisplay(names.join(QStringLiteral(", ")), 200);
}

QJsonObject RevocationStep::transportFacts(const RevocationService::Answer& answer, bool shared,
                                           int timeoutMs)
{
    const RevocationFetch::Result& fetch = answer.fetch;
    QJsonObject facts;
    if (answer.route.isProxied())
        facts.insert(fact::kViaProxy, answer.route.proxyAuthority());
    facts.insert(fact::kRoute, routeKindName(answer.route.kind));
    facts.insert(fact::kDurationMs, double(fetch.durationMs));
    facts.insert(fact::kShared, shared);
    insertIfSet(facts, fact::kAddress, fetch.address);
    if (fetch.status > 0) {
        facts.insert(fact::kStatus, fetch.status);
        insertIfSet(facts, fact::kStatusLine, fetch.statusLine);
    }
    insertIfSet(facts, fact::kContentType, fetch.contentType);
    insertIfSet(facts, fact::kServer, fetch.server);
    insertIfSet(facts, fact::kVia, fetch.via);
    insertIfSet(facts, fact::kSquidError, fetch.squidError);
    insertIfSet(facts, fact::kReceived, fetch.received);
    if (answer.problem) {
        if (*answer.problem == RevocationProblem::Timeout)
            facts.insert(fact::kTimeoutMs, timeoutMs);
        if (!fetch.body.isEmpty() && fetch.received.isEmpty())
            facts.insert(fact::kReceived, HttpResponseHead::displayText(fetch.body.left(120)));
    }
    return facts;
}

QList<std::pair<QSslCertificate, QSslCertificate>> RevocationStep::pairs(const QList<QSslCertificate>& chain)
{
    QList<std::pair<QSslCertificate, QSslCertificate>> result;
    for (qsizetype i = 0; i + 1 < chain.size() && i + 1 < CertificateFacts::kMaxChainLength; ++i) {
        if (chain.at(i).isSelfSigned())
            break;
        result.append({chain.at(i), chain.at(i + 1)});
    }
    return result;
}

void RevocationStep::run()
{
    RevocationService* service = m_context.revocation;
    if (!service) {
        finish(Verdict::NotRun, {{fact::kReason, QStringLiteral("unavailable")}});
        return;
    }
    m_pairs = pairs(service->trust().complete(m_state.chain));
    service->noteChain(m_pairs);
    for (qsizetype i = 0; i < m_pairs.size(); ++i) {
        const RevocationAddresses addresses = RevocationAddresses::of(m_pairs.at(i).first);
        // OCSP first, as Windows asks it first for an end-entity certificate.
        for (const QUrl& url : addresses.ocsp)
            m_checks.append({i, RevocationMethod::Ocsp, url, std::nullopt, std::nullopt});
        for (const QUrl& url : addresses.crl)
            m_checks.append({i, RevocationMethod::Crl, url, std::nullopt, std::nullopt});
    }
    if (m_checks.isEmpty()) {
        finish(Verdict::NotRun,
               {{fact::kReason, QStringLiteral("no_revocation_address")},
                {fact::kCertificate, m_pairs.isEmpty() ? QString() : subjectOf(m_pairs.first().first)}});
        return;
    }
    // Each download has its own timeouts (one per wait); this only guards against a wait that
    // never ends, so a silently dropped port still ends the step in about one timeout.
    m_safety.start(service->timeoutMs() * 3);
    for (qsizetype index = 0; index < m_checks.size(); ++index) {
        const Check& check = m_checks.at(index);
        auto callback = [this, index](const std::shared_ptr<const RevocationService::Answer>& answer,
                                      bool shared) { onAnswer(index, answer, shared); };
        if (check.method == RevocationMethod::Crl) {
            service->fetchCrl(check.url, this, callback);
            continue;
        }
        const auto& [subject, issuer] = m_pairs.at(check.certificate);
        if (const auto request = OcspCheck::makeRequest(subject, issuer)) {
            service->fetchOcsp(check.url, *request, this, callback);
        } else {
            m_checks[index].outcome = RevocationOutcome::Invalid;
            m_checks[index].facts = QJsonObject{{fact::kProblem, factName(RevocationProblem::NotOcsp)}};
        }
    }
    concludeIfDone();
}

void RevocationStep::onAnswer(qsizetype index, const std::shared_ptr<const RevocationService::Answer>& answer,
                              bool shared)
{
    if (isFinished() || index >= m_checks.size() || m_checks.at(index).outcome)
        return;
    Check& check = m_checks[index];
    const auto& [subject, issuer] = m_pairs.at(check.certificate);
    const RevocationFetch::Result& fetch = answer->fetch;
    QJsonObject facts =
        transportFacts(*answer, shared, m_context.revocation ? m_context.revocation->timeoutMs() : 0);

    RevocationStatus status;
    if (answer->problem) {
        status.outcome = RevocationService::isUnreachable(*answer) ? RevocationOutcome::Unreachable
                                                                   : RevocationOutcome::Invalid;
        status.problem = answer->problem;
    } else if (check.method == RevocationMethod::Crl) {
        status = CrlCheck::evaluate(*answer->crl, subject, issuer, QDateTime::currentDateTimeUtc());
    } else {
        status = OcspCheck::evaluate(answer->ocspRequest, fetch.body, subject, issuer,
                                     m_context.revocation->trust());
        if (status.problem == RevocationProblem::NotOcsp)
            facts.insert(fact::kReceived, HttpResponseHead::displayText(fetch.body.left(120)));
    }
    if (status.problem && status.outcome != RevocationOutcome::Unreachable)
        status.outcome = RevocationOutcome::Invalid;
    if (fetch.body.size() > 0 || answer->crl)
        facts.insert(fact::kBytes, double(fetch.body.size()));
    if (status.problem)
        facts.insert(fact::kProblem, factName(*status.problem));
    insertIfSet(facts, fact::kThisUpdate, isoUtc(status.thisUpdate));
    insertIfSet(facts, fact::kNextUpdate, isoUtc(status.nextUpdate));
    insertIfSet(facts, fact::kRevokedAt, isoUtc(status.revokedAt));
    insertIfSet(facts, fact::kRevocationReason, status.revocationReason);
    insertIfSet(facts, fact::kNonce, status.nonce);
    check.outcome = status.outcome;
    check.facts = facts;
    concludeIfDone();
}

void RevocationStep::timeOutPending()
{
    for (Check& check : m_checks) {
        if (check.outcome)
            continue;
        check.outcome = RevocationOutcome::Unreachable;
        check.facts = QJsonObject{{fact::kProblem, factName(RevocationProblem::Timeout)},
                                  {fact::kTimeoutMs, m_safety.interval()}};
    }
    concludeIfDone();
}

void RevocationStep::concludeIfDone()
{
    if (isFinished())
        return;
    for (const Check& check : std::as_const(m_checks)) {
        if (!check.outcome)
            return;
    }
    m_safety.stop();

    QJsonArray checks;
    QList<bool> covered(m_pairs.size(), false);
    bool revoked = false;
    bool anyFailed = false;
    for (const Check& check : std::as_const(m_checks)) {
        const auto& [subject, issuer] = m_pairs.at(check.certificate);
        QJsonObject facts = check.facts.value_or(QJsonObject());
        facts.insert(fact::kCertificate, subjectOf(subject));
        facts.insert(fact::kSerial, QString::fromLatin1(subject.serialNumber()));
        facts.insert(fact::kMethod, factName(check.method));
        facts.insert(fact::kUrl, UntrustedText::forDisplay(check.url.toString(QUrl::FullyEncoded)));
        facts.insert(fact::kHost, UntrustedText::forDisplay(check.url.host()));
        facts.insert(fact::kOutcome, factName(*check.outcome));
        checks.append(facts);
        switch (*check.outcome) {
        case RevocationOutcome::Revoked:
            revoked = true;
            break;
        case RevocationOutcome::Good:
            covered[check.certificate] = true;
            break;
        default:
            anyFailed = true;
            break;
        }
    }
    // A certificate with no address at all is not judged (its issuer chose not to publish one).
    QList<bool> hasChecks(m_pairs.size(), false);
    for (const Check& check : std::as_const(m_checks))
        hasChecks[check.certificate] = true;
    bool uncovered = false;
    for (qsizetype i = 0; i < m_pairs.size(); ++i)
        uncovered = uncovered || (hasChecks.at(i) && !covered.at(i));

    const bool strict = m_context.profile != Profile::Browser;
    Verdict verdict = Verdict::Pass;
    if (revoked)
        verdict = Verdict::Fail;
    else if (uncovered)
        verdict = strict ? Verdict::Fail : Verdict::Warn;
    else if (anyFailed)
        verdict = Verdict::Warn;
    finish(verdict, {{fact::kChecks, checks}, {fact::kProfile, profileName(m_context.profile)}});
}

} // namespace cloudcheck
