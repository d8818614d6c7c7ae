#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <memory>

namespace cloudcheck {

struct DnsAnswer
{
    enum class Error
    {
        None,
        NxDomain,
        ServFail
    };

    QList<QHostAddress> addresses;
    Error error = Error::None;
    QString errorText;
};

// One asynchronous name lookup through the system resolver (getaddrinfo), so the hosts file and
// the machine's DNS servers apply exactly as they do for the Cloud Connector. QHostInfo hides the
// resolver's error codes, which are what tell NXDOMAIN from a failing server.
//
// getaddrinfo blocks and cannot be interrupted, so it runs on a private thread pool. Destroying
// the lookup detaches it: the thread finishes on its own and its answer is dropped.
class DnsLookup : public QObject
{
    Q_OBJECT

public:
    explicit DnsLookup(QObject* parent = nullptr);
    ~DnsLookup() override;

    void start(const QString& host);

    // The pool has a fixed number of threads, so a lookup may wait before getaddrinfo runs. Tests
    // replace getaddrinfo to make that wait happen; nullptr restores it.
    using Resolver = DnsAnswer (*)(const QByteArray& host);
    static void setResolverForTesting(Resolver resolver);
    static int poolSize();

signals:
    // A pool thread has picked the lookup up: from here on the resolver itself is being waited for.
    void started();
    void finished(const cloudcheck::DnsAnswer& answer);

private:
    struct Relay;
    std::shared_ptr<Relay> m_relay;
};

} // namespace cloudcheck
