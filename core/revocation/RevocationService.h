#pragma once

#include "CrlCheck.h"
#include "OcspCheck.h"
#include "RevocationFetch.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <functional>
#include <memory>

namespace cloudcheck {

class TrustStore;

// The run's revocation downloads, shared: each distinct CRL URL, and each OCSP (responder,
// certificate) pair, is fetched once however many targets need it; later askers get the same
// answer (a CRL is parsed once). Each URL takes its own route, asked of the run's RouteResolver
// through `routeFor` (the resolver is not thread-safe: this object lives on the run's worker
// thread with it). Answers are always delivered asynchronously, and only to receivers that still
// exist.
class RevocationService : public QObject
{
    Q_OBJECT

public:
    using RouteFor = std::function<Route(const QUrl&)>;

    struct Settings
    {
        int timeoutMs = 5000;
        QList<HostOverride> overrides;
        QByteArray userAgent;
        QList<QSslCertificate> extraCaCertificates; // --ca-file
        bool systemCaCertificates = true;
    };

    // Real DigiCert CRLs run to several MB; 64 MiB is far above any public CA's and still bounded.
    static constexpr qsizetype kMaxCrlBytes = 64 * 1024 * 1024;
    static constexpr qsizetype kMaxOcspBytes = 1024 * 1024;
    static constexpr qsizetype kMaxCertificateBytes = 1024 * 1024;
    // A hostile chain cannot make the run remember without end.
    static constexpr qsizetype kMaxQuestions = 4096;

    struct Answer
    {
        RevocationMethod method = RevocationMethod::Crl;
        QUrl url;
        Route route;
        RevocationFetch::Result fetch;
        // Set when the download itself failed or is not what was asked for (refused, timeout, an
        // HTTP status other than 200, not a CRL); the content is judged per certificate otherwise.
        std::optional<RevocationProblem> problem;
        QByteArray ocspRequest; // the request this answer is for (its nonce)
        std::shared_ptr<const CrlCheck::Crl> crl;
        QList<QSslCertificate> certificates; // a caIssuers download, parsed
    };
    // One address a certificate of the run names, with the certificate and its issuer: what a
    // certificate authority's own host check asks, so it shares the downloads already made.
    struct Question
    {
        RevocationMethod method = RevocationMethod::Crl;
        QUrl url;
        QSslCertificate subject;
        QSslCertificate issuer;
    };
    // `shared` is true when the answer was fetched for an earlier asker.
    using Callback = std::function<void(const std::shared_ptr<const Answer>& answer, bool shared)>;

    RevocationService(RouteFor routeFor, Settings settings, QObject* parent = nullptr);
    ~RevocationService() override;

    void fetchCrl(const QUrl& url, QObject* receiver, Callback callback);
    void fetchOcsp(const QUrl& url, const OcspCheck::Request& request, QObject* receiver, Callback callback);
    void fetchIssuerCertificate(const QUrl& url, QObject* receiver, Callback callback);

    // Every CRL, OCSP and caIssuers address of a verified chain's (certificate, issuer) pairs,
    // noted by the revocation step so that the run's certificate-authority hosts ask the same.
    void noteChain(const QList<std::pair<QSslCertificate, QSslCertificate>>& pairs);
    // caIssuers URLs on these hosts are downloaded as soon as a chain names them, so that a
    // certificate authority's host check finds the answer ready (a dropped port 80 then costs
    // the run one timeout, not two). Only the run's own ca_issuers hosts are named here.
    void prefetchIssuerCertificatesFrom(const QSet<QString>& hosts) { m_prefetchHosts = hosts; }
    // The noted questions whose URL is on `host`, in the order they were noted.
    QList<Question> questionsFor(const QString& host, RevocationMethod method) const;
    // Built on first use (loading the system roots costs a few milliseconds).
    const TrustStore& trust();
    // Aborts every download; pending askers are not called.
    void cancel();

    int downloadsStarted() const { return m_downloads; }
    int timeoutMs() const { return m_settings.timeoutMs; }

    // Whether a transport problem means nothing answered (unreachable) rather than a wrong answer.
    static bool isUnreachable(const Answer& answer);

private:
    struct Waiter
    {
        QPointer<QObject> receiver;
        Callback callback;
    };
    struct Entry
    {
        std::shared_ptr<const Answer> answer;
        QList<Waiter> waiters;
        QPointer<RevocationFetch> fetch;
    };

    void request(const QString& key, RevocationMethod method, const QUrl& url,
                 RevocationFetch::Request request, QByteArray ocspRequest, QObject* receiver,
                 Callback callback);
    void onFinished(const QString& key, RevocationMethod method, const QUrl& url, const Route& route,
                    const QByteArray& ocspRequest, const RevocationFetch::Result& result);

    RouteFor m_routeFor;
    Settings m_settings;
    std::unique_ptr<TrustStore> m_trust;
    QHash<QString, Entry> m_entries;
    QHash<QString, QList<Question>> m_questions; // by lower-case host
    QSet<QString> m_prefetchHosts;
    int m_downloads = 0;
};

} // namespace cloudcheck
