#include "PacNatives.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkInterface>

namespace cloudcheck {

PacNatives::PacNatives(QHash<QString, QString> pins, QObject* parent)
    : QObject(parent), m_pins(std::move(pins))
{}

QString PacNatives::dnsResolve(const QString& host)
{
    const QString name = host.trimmed().toLower();
    if (name.isEmpty())
        return {};
    if (const auto pinned = m_pins.constFind(name); pinned != m_pins.cend())
        return *pinned;
    const QHostAddress literal(name);
    if (!literal.isNull())
        return literal.toString();
    if (const auto cached = m_resolved.constFind(name); cached != m_resolved.cend())
        return *cached;

    const QHostInfo info = QHostInfo::fromName(name);
    QString answer;
    for (const QHostAddress& address : info.addresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            answer = address.toString();
            break;
        }
    }
    if (answer.isEmpty() && !info.addresses().isEmpty())
        answer = info.addresses().constFirst().toString();
    m_resolved.insert(name, answer);
    return answer;
}

QString PacNatives::myIpAddress() const
{
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface& interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        for (const QNetworkAddressEntry& entry : entries) {
            const QHostAddress& address = entry.ip();
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
                return address.toString();
        }
    }
    return QStringLiteral("127.0.0.1");
}

} // namespace cloudcheck
