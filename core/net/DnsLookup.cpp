#include "DnsLookup.h"

#include <QMutex>
#include <QThreadPool>
#include <QUrl>
#include <atomic>
#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <netdb.h>
#include <sys/socket.h>
#endif

namespace cloudcheck {

struct DnsLookup::Relay
{
    QMutex mutex;
    DnsLookup* receiver = nullptr;
};

namespace {

constexpr int kPoolSize = 64;
std::atomic<DnsLookup::Resolver> testResolver{nullptr};

QThreadPool* resolverPool()
{
    // Deliberately never destroyed: a lookup stuck in getaddrinfo must not hold up the exit of
    // the program after the user cancelled.
    static QThreadPool* pool = [] {
        auto* created = new QThreadPool;
        created->setMaxThreadCount(kPoolSize);
        created->setExpiryTimeout(10000);
        return created;
    }();
    return pool;
}

DnsAnswer resolve(const QByteArray& host)
{
#ifdef Q_OS_WIN
    // Qt starts Winsock only with its first socket, and a lookup comes before any socket.
    static const bool winsockReady = [] {
        WSADATA data;
        return WSAStartup(MAKEWORD(2, 2), &data) == 0;
    }();
    Q_UNUSED(winsockReady);
#endif
    DnsAnswer answer;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* list = nullptr;
    const int rc = getaddrinfo(host.constData(), nullptr, &hints, &list);
    if (rc != 0) {
        // EAI_NONAME is the resolver's "no such name"; EAI_NODATA "no address of that family".
        answer.error = (rc == EAI_NONAME
#ifdef EAI_NODATA
                        || rc == EAI_NODATA
#endif
                        )
                           ? DnsAnswer::Error::NxDomain
                           : DnsAnswer::Error::ServFail;
        answer.errorText = QString::fromLocal8Bit(gai_strerror(rc));
        return answer;
    }
    for (addrinfo* it = list; it; it = it->ai_next) {
        QHostAddress address(it->ai_addr);
        if (!address.isNull() && !answer.addresses.contains(address))
            answer.addresses << address;
    }
    freeaddrinfo(list);
    return answer;
}

} // namespace

DnsLookup::DnsLookup(QObject* parent) : QObject(parent), m_relay(std::make_shared<Relay>())
{
    m_relay->receiver = this;
}

DnsLookup::~DnsLookup()
{
    const QMutexLocker lock(&m_relay->mutex);
    m_relay->receiver = nullptr;
}

void DnsLookup::setResolverForTesting(Resolver resolver)
{
    testResolver = resolver;
}

int DnsLookup::poolSize()
{
    return kPoolSize;
}

void DnsLookup::start(const QString& host)
{
    const QByteArray name = QUrl::toAce(host);
    resolverPool()->start([relay = m_relay, name] {
        {
            const QMutexLocker lock(&relay->mutex);
            if (DnsLookup* receiver = relay->receiver)
                QMetaObject::invokeMethod(
                    receiver, [receiver] { emit receiver->started(); }, Qt::QueuedConnection);
            else
                return; // given up while it queued: nobody waits for the answer
        }
        const Resolver replacement = testResolver;
        const DnsAnswer answer = replacement ? replacement(name) : resolve(name);
        const QMutexLocker lock(&relay->mutex);
        if (DnsLookup* receiver = relay->receiver) {
            // Queued: the receiver lives on the probe thread. Posting under the lock is safe
            // because the destructor takes the same lock before the object goes away.
            QMetaObject::invokeMethod(
                receiver, [receiver, answer] { emit receiver->finished(answer); }, Qt::QueuedConnection);
        }
    });
}

} // namespace cloudcheck
