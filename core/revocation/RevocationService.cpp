#include "RevocationService.h"

#include "IssuerCertificates.h"
#include "RevocationAddresses.h"
#include "TrustStore.h"

#include <QLoggingCategory>
#include <QSslConfiguration>
#include <algorithm>

Q_LOGGING_CATEGORY(lcRevocation, "cloudcheck.revocation")

namespace cloudcheck {

RevocationService::RevocationService(RouteFor routeFor, Settings settings, QObject* parent)
    : QObject(parent), m_routeFor(std::move(routeFor)), m_settings(std::move(settings))
{}

RevocationService::~RevocationService()
{
    cancel();
}

const TrustStore& RevocationService::trust()
{
    if (!m_trust) {
        m_trust =
            std::make_unique<TrustStore>(m_settings.extraCaCertificates, m_settings.systemCaCertificates);
    }
    return *m_trust;
}

bool RevocationService::isUnreachable(const Answer& answer)
{
    if (!answer.problem)
        return false;
    switch (*answer.problem) {
    case RevocationProblem::NameNotResolved:
    case RevocationProblem::Refused:
    case RevocationProblem::Unreachable:
    case RevocationProblem::Timeout:
        return true;
    case RevocationProblem::Closed:
        return answer.fetch.status == 0; // closed before any answer; a cut-short body is invalid
    default:
        return false;
    }
}

void RevocationService::fetchCrl(const QUrl& url, QObject* receiver, Callback callback)
{
    RevocationFetch::Request fetch;
    fetch.url = url;
    fetch.accept = "application/pkix-crl, application/x-pkcs7-crl, */*";
    fetch.maxBytes = kMaxCrlBytes;
    request(QStringLiteral("crl ") + url.toString(QUrl::FullyEncoded), RevocationMethod::Crl, url, fetch, {},
            receiver, std::move(callback));
}

void RevocationService::fetchOcsp(const QUrl& url, const OcspCheck::Request& ocsp, QObject* receiver,
                                  Callback callback)
{
    RevocationFetch::Request fetch;
    fetch.url = url;
    fetch.method = "POST";
    fetch.body = ocsp.der;
    fetch.contentType = "application/ocsp-request";
    fetch.accept = "application/ocsp-response";
    fetch.maxBytes = kMaxOcspBytes;
    request(QStringLiteral("ocsp ") + url.toString(QUrl::FullyEncoded) + u' ' +
                QString::fromLatin1(ocsp.certId.toBase64()),
            RevocationMethod::Ocsp, url, fetch, ocsp.der, receiver, std::move(callback));
}

void RevocationService::fetchIssuerCertificate(const QUrl& url, QObject* receiver, Callback callback)
{
    RevocationFetch::Request fetch;
    fetch.url = url;
    fetch.accept = "application/pkix-cert, application/pkcs7-mime, */*";
    fetch.maxBytes = kMaxCertificateBytes;
    request(QStringLiteral("cert ") + url.toString(QUrl::FullyEncoded), RevocationMethod::IssuerCertificate,
            url, fetch, {}, receiver, std::move(callback));
}

void RevocationService::noteChain(const QList<std::pair<QSslCertificate, QSslCertificate>>& pairs)
{
    qsizetype noted = 0;
    for (const QList<Question>& questions : std::as_const(m_questions))
        noted += questions.size();
    // Plain loop variables, not structured bindings: clang 14 (the fuzz preset) cannot capture
    // a binding in the lambda below.
    for (const auto& pair : pairs) {
        const QSslCertificate& subject = pair.first;
        const QSslCertificate& issuer = pair.second;
        const RevocationAddresses addresses = RevocationAddresses::of(subject);
        for (const auto& kind : {std::pair{RevocationMethod::Ocsp, &addresses.ocsp},
                                 std::pair{RevocationMethod::Crl, &addresses.crl},
                                 std::pair{RevocationMethod::IssuerCertificate, &addresses.caIssuers}}) {
            const RevocationMethod method = kind.first;
            for (const QUrl& url : *kind.second) {
                QList<Question>& questions = m_questions[url.host().toLower()];
                const bool known = std::any_of(questions.cbegin(), questions.cend(), [&](const Question& q) {
                    // A CRL or a CA certificate is the same download whoever names it.
                    return q.method == method && q.url == url &&
                           (method != RevocationMethod::Ocsp || q.subject == subject);
                });
                if (known || noted >= kMaxQuestions)
                    continue;
                questions.append({method, url, subject, issuer});
                ++noted;
                if (method == RevocationMethod::IssuerCertificate &&
                    m_prefetchHosts.contains(url.host().toLower()))
                    fetchIssuerCertificate(url, this, [](const std::shared_ptr<const Answer>&, bool) {});
            }
        }
    }
}

QList<RevocationService::Question> RevocationService::questionsFor(const QString& host,
                                                                   RevocationMethod method) const
{
    QList<Question> matching;
    for (const Question& question : m_questions.value(host.toLower())) {
        if (question.method == method)
            matching << question;
    }
    return matching;
}

void RevocationService::request(const QString& key, RevocationMethod method, const QUrl& url,
                                RevocationFetch::Request fetchRequest, QByteArray ocspRequest,
                                QObject* receiver, Callback callback)
{
    auto it = m_entries.find(key);
    if (it != m_entries.end()) {
        if (const std::shared_ptr<const Answer> answer = it->answer) {
            QMetaObject::invokeMethod(
                receiver, [callback = std::move(callback), answer] { callback(answer, true); },
                Qt::QueuedConnection);
        } else {
            it->waiters.append({receiver, std::move(callback)});
        }
        return;
    }
    Entry& entry = m_entries[key];
    entry.waiters.append({receiver, std::move(callback)});
    // The first asker's callback gets shared=false; later ones are marked when delivered.
    const Route route = m_routeFor ? m_routeFor(url) : Route::direct(Route::Source::Unconfigured);
    fetchRequest.route = route;
    auto* fetch = new RevocationFetch(fetchRequest, m_settings.overrides, m_settings.timeoutMs,
                                      m_settings.userAgent, this);
    entry.fetch = fetch;
    ++m_downloads;
    connect(fetch, &RevocationFetch::finished, this,
            [this, key, method, url, route, ocspRequest, fetch](const RevocationFetch::Result& result) {
                fetch->deleteLater();
                onFinished(key, method, url, route, ocspRequest, result);
            });
    qCDebug(lcRevocation).noquote() << "fetch" << key
                                    << (route.isProxied() ? route.proxyAuthority()
                                                          : QStringLiteral("direct"));
    fetch->start();
}

void RevocationService::onFinished(const QString& key, RevocationMethod method, const QUrl& url,
                                   const Route& route, const QByteArray& ocspRequest,
                                   const RevocationFetch::Result& result)
{
    auto answer = std::make_shared<Answer>();
    answer->method = method;
    answer->url = url;
    answer->route = route;
    answer->fetch = result;
    answer->ocspRequest = ocspRequest;
    answer->problem = result.problem;
    if (!answer->problem && result.status != 200)
        answer->problem = RevocationProblem::HttpStatus;
    if (!answer->problem && method == RevocationMethod::Crl) {
        answer->crl = CrlCheck::parse(result.body);
        if (!answer->crl)
            answer->problem = RevocationProblem::NotCrl;
    }
    if (!answer->problem && method == RevocationMethod::IssuerCertificate) {
        answer->certificates = IssuerCertificates::parse(result.body);
        if (answer->certificates.isEmpty())
            answer->problem = RevocationProblem::NotCertificate;
    }
    // An OCSP body is judged per request and kept; a parsed CRL or certificate no longer needs
    // its bytes, and anything that failed is only quoted from now on.
    if (answer->crl || !answer->certificates.isEmpty())
        answer->fetch.body.clear();
    else if (answer->problem)
        answer->fetch.body.truncate(4096);
    qCDebug(lcRevocation).noquote() << "answer" << key << result.status
                                    << (answer->problem ? factName(*answer->problem) : QStringLiteral("ok"))
                                    << result.durationMs << "ms";

    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    it->answer = answer;
    it->fetch = nullptr;
    const QList<Waiter> waiters = std::exchange(it->waiters, {});
    bool first = true;
    for (const Waiter& waiter : waiters) {
        if (waiter.receiver)
            waiter.callback(answer, !first);
        first = false;
    }
}

void RevocationService::cancel()
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->fetch) {
            it->fetch->abort();
            it->fetch->deleteLater();
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace cloudcheck
