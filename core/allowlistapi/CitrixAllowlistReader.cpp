#include "CitrixAllowlistReader.h"

#include "catalog/JsonLocator.h"
#include "support/InputLimits.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cloudcheck {

namespace {

// Keys whose values are written for people, not firewalls.
bool isProseKey(const QString& key)
{
    static const QStringList prose{u"description"_s, u"documentation"_s, u"docs"_s,
                                   u"doc"_s,         u"link"_s,          u"links"_s,
                                   u"href"_s,        u"changelog"_s,     u"latestchangelog"_s,
                                   u"note"_s,        u"notes"_s,         u"comment"_s,
                                   u"comments"_s,    u"reference"_s,     u"references"_s,
                                   u"learnmore"_s};
    return prose.contains(key.toLower());
}

bool isRange(const QString& text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return !QHostAddress(text).isNull();
    bool ok = false;
    const int length = text.mid(slash + 1).toInt(&ok);
    const QHostAddress address(text.left(slash));
    return ok && !address.isNull() && length >= 0 &&
           length <= (address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32);
}

// The name an object gives itself, when it has one: the section of what it lists.
QString ownName(const QJsonObject& object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key().toLower();
        if ((key == u"service" || key == u"servicename" || key == u"name" || key == u"category") &&
            it.value().isString() && !it.value().toString().trimmed().isEmpty())
            return it.value().toString().trimmed();
    }
    return {};
}

bool isInbound(const QJsonObject& object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(u"direction"_s, Qt::CaseInsensitive) != 0 || !it.value().isString())
            continue;
        const QString value = it.value().toString().trimmed().toLower();
        return value == u"inbound" || value == u"ingress";
    }
    return false;
}

class Walker
{
public:
    Walker(CitrixAllowlist& list, const QString& customerId) : m_list(list), m_customerId(customerId) {}

    // Depth is bounded by JsonLocator's check before the document is parsed.
    void walk(const QJsonValue& value, const QString& section)
    {
        if (value.isArray()) {
            for (const QJsonValue& item : value.toArray())
                walk(item, section);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (isInbound(object)) {
                ++m_list.inboundSkipped;
                return;
            }
            const QString named = ownName(object);
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (isProseKey(it.key()))
                    continue;
                // At the top, the keys are the sections (the older file's service names).
                const QString inner = !named.isEmpty() ? named : section.isEmpty() ? it.key() : section;
                walk(it.value(), inner);
            }
        } else if (value.isString()) {
            take(value.toString(), section);
        }
    }

private:
    void take(const QString& text, const QString& section)
    {
        const QString trimmed = text.trimmed();
        if (isRange(trimmed)) {
            if (!m_list.ranges.contains(trimmed))
                m_list.ranges << trimmed;
            return;
        }
        const auto pattern = HostPattern::parse(trimmed, m_customerId);
        if (!pattern)
            return;
        const QString where = section.isEmpty() ? u"$"_s : section;
        for (CitrixAllowlist::ListedName& listed : m_list.names) {
            if (listed.pattern == *pattern) {
                if (!listed.sections.contains(where))
                    listed.sections << where;
                return;
            }
        }
        m_list.names << CitrixAllowlist::ListedName{*pattern, {where}};
    }

    CitrixAllowlist& m_list;
    QString m_customerId;
};

} // namespace

std::variant<CitrixAllowlist, QString> CitrixAllowlistReader::parse(const QByteArray& json,
                                                                    const QString& customerId)
{
    if (json.size() > InputLimits::kMaxFileBytes) {
        return tr("the answer is %1 bytes, more than the limit of %2 bytes (4 MiB)")
            .arg(json.size())
            .arg(InputLimits::kMaxFileBytes);
    }
    const JsonLocator locator(json);
    if (locator.depthExceeded()) {
        return tr("the answer is nested more than %1 levels deep, at line %2")
            .arg(JsonLocator::kMaxDepth)
            .arg(JsonLocator::lineColumn(json, locator.errorOffset()).first);
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype offset = locator.errorOffset() >= 0 ? locator.errorOffset() : error.offset;
        const auto [line, column] = JsonLocator::lineColumn(json, offset);
        return tr("not JSON at line %1, column %2: %3 (save the API's answer with format=json)")
            .arg(line)
            .arg(column)
            .arg(error.errorString());
    }
    CitrixAllowlist list;
    Walker walker(list, customerId);
    walker.walk(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), {});
    if (list.names.isEmpty() && list.ranges.isEmpty())
        return tr("the answer lists no host name and no IP range: is it the AllowList API's answer?");
    return list;
}

std::variant<CitrixAllowlist, QString> CitrixAllowlistReader::readFile(const QString& path,
                                                                       const QString& customerId)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot read %1: %2").arg(path, file.errorString());
    // A pipe or device reports no size: read one byte past the limit to notice.
    const QByteArray json = file.read(InputLimits::kMaxFileBytes + 1);
    auto parsed = parse(json, customerId);
    if (auto* problem = std::get_if<QString>(&parsed))
        return path + u": "_s + *problem;
    return parsed;
}

} // namespace cloudcheck
