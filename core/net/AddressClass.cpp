#include "AddressClass.h"

namespace cloudcheck {

bool isNonPublicAddress(const QHostAddress& address)
{
    QHostAddress plain = address;
    bool isMapped = false;
    const quint32 mapped = address.toIPv4Address(&isMapped);
    if (isMapped)
        plain = QHostAddress(mapped);
    if (plain.isNull() || plain.isLoopback() || plain.isLinkLocal() || plain.isMulticast() ||
        plain.isBroadcast() || plain.isUniqueLocalUnicast() || plain.isSiteLocal())
        return true;
    if (plain == QHostAddress::AnyIPv4 || plain == QHostAddress::AnyIPv6 || plain.isEqual(QHostAddress::Any))
        return true;
    static const std::pair<QHostAddress, int> kPrivate[] = {
        QHostAddress::parseSubnet(QStringLiteral("0.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
    };
    for (const auto& subnet : kPrivate) {
        if (plain.isInSubnet(subnet))
            return true;
    }
    return false;
}

} // namespace cloudcheck
