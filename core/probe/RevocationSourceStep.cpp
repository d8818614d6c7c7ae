#include "RevocationSourceStep.h"

#include "RevocationStep.h"
#include "net/HttpResponseHead.h"
#include "revocation/TrustStore.h"
#include "support/UntrustedText.h"

namespace cloudcheck {

namespace {

RevocationMethod methodFor(RevocationRole role)
{
    switch (role) {
    case RevocationRole::Crl:
        return RevocationMethod::Crl;
    case RevocationRole::Ocsp:
        return RevocationMethod::Ocsp;
    case RevocationRole::IssuerCertificates:
        return RevocationMethod::IssuerCertificate;
    }
    return RevocationMethod::Crl;
}

// A sample URL is the catalog's, not a certificate's: a file that is not there (a status other
// than 200, something else in its place) may have moved, which says nothing about the network. A
// wrong signature, a stale file or a wrong nonce is what a tampering device leaves, sample or not.
bool mayHaveMoved(const QJsonObject& facts)
{
    const auto problem = readFact<RevocationProblem>(facts, fact::kProblem);
    return problem == RevocationProblem::HttpStatus || problem == RevocationProblem::NotCrl ||
           problem == RevocationProblem::NotCertificate;
}

} // namespace

RevocationSourceStep::RevocationSourceStep(ProbeState& state, const ProbeContext& context, QObject* parent)
    : ProbeStep(StepKind::Revocation, state, context, parent), m_safety(this)
{
    m_safety.setSingleShot(true);
    m_safety.setTimerType(Qt::PreciseTimer);
    connect(&m_safety, &QTimer::timeout, this, &RevocationSourceStep::timeOutPending);
}

void RevocationSourceStep::run()
{
    RevocationService* service = m_context.revocation;
    const Target& target = m_state.target;
    if (!service || !target.serves) {
        finish(Verdict::NotRun, {{fact::kReason, QStringLiteral("unavailable")}});
        return;
    }
    const RevocationMethod method = methodFor(*target.serves);
    const QList<RevocationService::Question> questions = service->questionsFor(target.host, method);
    for (const RevocationService::Question& question : questions.mid(0, kMaxQuestions)) {
        Check check;
        check.method = method;
        check.url = question.url;
        check.subject = question.subject;
        check.issuer = question.issuer;
        m_checks.append(check);
    }
    if (m_checks.isEmpty()) {
        for (const QString& sample : target.sampleUrls) {
            Check check;
            check.method = method;
            check.url = QUrl(sample);
            check.sample = true;
            m_checks.append(check);
        }
    }
    if (m_checks.isEmpty()) {
        finish(Verdict::NotRun, {{fact::kReason, QStringLiteral("no_revocation_address")},
                                 {fact::kRole, revocationRoleName(*target.serves)}});
        return;
    }
    m_safety.start(service->timeoutMs() * 3);
    for (qsizetype index = 0; index < m_checks.size(); ++index) {
        Check& check = m_checks[index];
        auto callback = [this, index](const std::shared_ptr<const RevocationService::Answer>& answer,
                                      bool shared) { onAnswer(index, answer, shared); };
        switch (method) {
        case RevocationMethod::Crl:
            service->fetchCrl(check.url, this, callback);
            break;
        case RevocationMethod::IssuerCertificate:
            service->fetchIssuerCertificate(check.url, this, callback);
            break;
        case RevocationMethod::Ocsp: {
            const auto request =
                check.sample ? OcspCheck::makeSampleRequest(target.sampleIssuer,
                                                            service->trust().find(target.sampleIssuer))
                             : OcspCheck::makeRequest(check.subject, check.issuer);
            if (!request) {
                check.outcome = RevocationOutcome::Invalid;
                check.facts = QJsonObject{{fact::kProblem, factName(RevocationProblem::NotOcsp)}};
                break;
            }
            service->fetchOcsp(check.url, *request, this, callback);
            break;
        }
        }
    }
    concludeIfDone();
}

RevocationStatus RevocationSourceStep::judge(const Check& check, const RevocationService::Answer& answer,
                                             QJsonObject& facts)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TrustStore& trust = m_context.revocation->trust();
    switch (check.method) {
    case RevocationMethod::Crl: {
        if (!check.sample)
            return CrlCheck::evaluate(*answer.crl, check.subject, check.issuer, now);
        bool issuerFound = false;
        RevocationStatus status = CrlCheck::evaluateSample(*answer.crl, trust, now, &issuerFound);
        facts.insert(fact::kIssuerFound, issuerFound);
        return status;
    }
    case RevocationMethod::Ocsp: {
        RevocationStatus status;
        if (check.sample) {
            QString responseStatus;
            status = OcspCheck::evaluateSample(answer.ocspRequest, answer.fetch.body, trust, &responseStatus);
            if (!responseStatus.isEmpty())
                facts.insert(fact::kOcspResponseStatus, responseStatus);
        } else {
            status = OcspCheck::evaluate(answer.ocspRequest, answer.fetch.body, check.subject, check.issuer,
                                         trust);
        }
        if (status.problem == RevocationProblem::NotOcsp)
            facts.insert(fact::kReceived, HttpResponseHead::displayText(answer.fetch.body.left(120)));
        return status;
    }
    case RevocationMethod::IssuerCertificate: {
        RevocationStatus status;
        status.outcome = RevocationOutcome::Good;
        facts.insert(fact::kCertificate, RevocationStep::subjectOf(answer.certificates.first()));
        return status;
    }
    }
    return RevocationStatus::invalid(RevocationProblem::NotHttp);
}

void RevocationSourceStep::onAnswer(qsizetype index,
                                    const std::shared_ptr<const RevocationService::Answer>& answer,
                                    bool shared)
{
    if (isFinished() || index >= m_checks.size() || m_checks.at(index).outcome)
        return;
    Check& check = m_checks[index];
    QJsonObject facts = RevocationStep::transportFacts(*answer, shared, m_context.revocation->timeoutMs());
    RevocationStatus status;
    if (answer->problem) {
        status.outcome = RevocationService::isUnreachable(*answer) ? RevocationOutcome::Unreachable
                                                                   : RevocationOutcome::Invalid;
        status.problem = answer->problem;
    } else {
        status = judge(check, *answer, facts);
    }
    // The host is judged by its answer: a valid CRL that lists the certificate is still a valid
    // answer (the https address that presented it reports CERT_REVOKED).
    RevocationOutcome outcome = status.outcome;
    if (status.problem)
        outcome = outcome == RevocationOutcome::Unreachable ? outcome : RevocationOutcome::Invalid;
    else if (outcome == RevocationOutcome::Revoked)
        outcome = RevocationOutcome::Good;
    if (status.problem)
        facts.insert(fact::kProblem, factName(*status.problem));
    if (status.thisUpdate.isValid())
        facts.insert(fact::kThisUpdate, status.thisUpdate.toUTC().toString(Qt::ISODate));
    if (status.nextUpdate.isValid())
        facts.insert(fact::kNextUpdate, status.nextUpdate.toUTC().toString(Qt::ISODate));
    if (!status.nonce.isEmpty())
        facts.insert(fact::kNonce, status.nonce);
    check.outcome = outcome;
    check.facts = facts;
    concludeIfDone();
}

void RevocationSourceStep::timeOutPending()
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

void RevocationSourceStep::concludeIfDone()
{
    if (isFinished())
        return;
    for (const Check& check : std::as_const(m_checks)) {
        if (!check.outcome)
            return;
    }
    m_safety.stop();

    QJsonArray checks;
    int answered = 0;
    bool decisiveFailure = false; // nothing answered, or a wrong answer for a URL a certificate names
    for (const Check& check : std::as_const(m_checks)) {
        QJsonObject facts = check.facts.value_or(QJsonObject());
        if (!check.sample && !facts.contains(fact::kCertificate))
            facts.insert(fact::kCertificate, RevocationStep::subjectOf(check.subject));
        if (!check.sample)
            facts.insert(fact::kSerial, QString::fromLatin1(check.subject.serialNumber()));
        facts.insert(fact::kMethod, factName(check.method));
        facts.insert(fact::kUrl, UntrustedText::forDisplay(check.url.toString(QUrl::FullyEncoded)));
        facts.insert(fact::kHost, UntrustedText::forDisplay(check.url.host()));
        facts.insert(fact::kSample, check.sample);
        facts.insert(fact::kOutcome, factName(*check.outcome));
        checks.append(facts);
        if (*check.outcome == RevocationOutcome::Good)
            ++answered;
        else if (*check.outcome == RevocationOutcome::Unreachable || !check.sample || !mayHaveMoved(facts))
            decisiveFailure = true;
    }
    const bool strict = m_context.profile != Profile::Browser;
    Verdict verdict = Verdict::Pass;
    if (answered == 0 && decisiveFailure)
        verdict = strict ? Verdict::Fail : Verdict::Warn;
    else if (answered < m_checks.size())
        verdict = Verdict::Warn;
    finish(verdict, {{fact::kChecks, checks},
                     {fact::kRole, revocationRoleName(*m_state.target.serves)},
                     {fact::kProfile, profileName(m_context.profile)}});
}

} // namespace cloudcheck
