#include "SystemProxy.h"

#include <QNetworkProxyFactory>
#include <QUrl>

namespace cloudcheck {

std::optional<QNetworkProxy> SystemProxy::forHttps()
{
    const QNetworkProxyQuery query(QUrl(QStringLiteral("https://citrix.citrixcloud.jp/")));
    for (const QNetworkProxy& proxy : QNetworkProxyFactory::systemProxyForQuery(query)) {
        if (proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy)
            return proxy;
    }
    return std::nullopt;
}

QString SystemProxy::describe()
{
    const auto proxy = forHttps();
    if (!proxy)
        return QStringLiteral("none");
    const QString scheme =
        proxy->type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5") : QStringLiteral("http");
    return scheme + QStringLiteral("://") + proxy->hostName() + u':' + QString::number(proxy->port());
}

} // namespace cloudcheck
