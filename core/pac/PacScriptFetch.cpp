#include "PacScriptFetch.h"

using namespace Qt::StringLiterals;

namespace cloudcheck {

PacScriptFetch::PacScriptFetch(QObject* parent) : QObject(parent), m_fetch(this)
{
    connect(&m_fetch, &BoundedFetch::finished, this, &PacScriptFetch::onFetched);
    connect(&m_fetch, &BoundedFetch::failed, this, &PacScriptFetch::failed);
}

void PacScriptFetch::start(const QUrl& url, int timeoutMs, qint64 maxBytes)
{
    BoundedFetch::Request request;
    request.url = url;
    request.timeoutMs = timeoutMs;
    request.maxBytes = maxBytes;
    request.maxRedirects = kMaxRedirects;
    m_fetch.start(request);
}

void PacScriptFetch::abort()
{
    m_fetch.abort();
}

void PacScriptFetch::onFetched(const QByteArray& body)
{
    if (body.trimmed().isEmpty()) {
        emit failed(u"empty"_s);
        return;
    }
    // A NUL byte never occurs in a script: this is an image, an archive or an executable served
    // at the PAC address. Text that is not UTF-8 is accepted (Latin-1 comments are common in
    // old PAC files); PacEvaluator decodes it.
    if (body.contains('\0')) {
        emit failed(u"binary"_s);
        return;
    }
    emit finished(body);
}

} // namespace cloudcheck
