#include "PacRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace cloudcheck {

PacRequest PacRequest::parse(const QByteArray& json, QString* error)
{
    PacRequest request;
    auto fail = [&](const QString& why) {
        *error = u"bad_input: "_s + why;
        return PacRequest{};
    };
    if (json.size() > kMaxInputBytes)
        return fail(u"more than %1 bytes"_s.arg(kMaxInputBytes));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(parseError.error == QJsonParseError::NoError ? u"not an object"_s
                                                                 : parseError.errorString());
    const QJsonObject root = document.object();

    if (!root.value(u"script").isString())
        return fail(u"no script"_s);
    request.script = root.value(u"script").toString();
    if (request.script.size() > kMaxScriptChars)
        return fail(u"script longer than %1 characters"_s.arg(kMaxScriptChars));

    const QJsonArray queries = root.value(u"queries").toArray();
    if (queries.size() > kMaxQueries)
        return fail(u"more than %1 queries"_s.arg(kMaxQueries));
    for (const QJsonValue& value : queries) {
        const QJsonObject object = value.toObject();
        Query query{object.value(u"url").toString(), object.value(u"host").toString()};
        if (query.host.isEmpty())
            query.host = QUrl(query.url).host();
        request.queries.append(query);
    }

    const QJsonArray pins = root.value(u"resolve").toArray();
    for (const QJsonValue& value : pins) {
        const QJsonObject object = value.toObject();
        const QString host = object.value(u"host").toString().trimmed().toLower();
        if (!host.isEmpty())
            request.pins.insert(host, object.value(u"address").toString());
    }

    request.timeoutMs =
        std::clamp(root.value(u"timeoutMs").toInt(request.timeoutMs), kMinTimeoutMs, kMaxTimeoutMs);
    error->clear();
    return request;
}

} // namespace cloudcheck
