#include "DocLinks.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cloudcheck {

namespace {

const QHash<QString, QString>& japanesePages()
{
    static const QHash<QString, QString> pages = [] {
        QFile file(QStringLiteral(":/catalogs/doc-links.json"));
        return file.open(QIODevice::ReadOnly) ? DocLinks::parse(file.readAll()) : QHash<QString, QString>{};
    }();
    return pages;
}

} // namespace

QHash<QString, QString> DocLinks::parse(const QByteArray& json)
{
    QHash<QString, QString> pairs;
    const QJsonArray array = QJsonDocument::fromJson(json).object().value(QStringLiteral("pairs")).toArray();
    for (const QJsonValue& item : array) {
        const QJsonObject pair = item.toObject();
        const QString en = pair.value(QStringLiteral("en")).toString();
        const QString ja = pair.value(QStringLiteral("ja")).toString();
        if (en.startsWith(u"https://") && ja.startsWith(u"https://"))
            pairs.insert(en, ja);
    }
    return pairs;
}

QString DocLinks::localize(const QString& link, Language language)
{
    if (language != Language::Japanese)
        return link;
    return japanesePages().value(link, link);
}

} // namespace cloudcheck
