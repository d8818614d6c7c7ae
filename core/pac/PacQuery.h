#pragma once

#include <QString>
#include <QUrl>

namespace cloudcheck {

// One FindProxyForURL(url, host) question. host is the URL's host unless the caller says
// otherwise (browsers pass it separately; some strip the port or brackets differently).
struct PacQuery
{
    QUrl url;
    QString host;

    static PacQuery forUrl(const QUrl& url) { return PacQuery{url, url.host()}; }
};

} // namespace cloudcheck
