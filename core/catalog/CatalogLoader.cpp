#include "CatalogLoader.h"

#include "JsonLocator.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <algorithm>

namespace cloudcheck {

namespace {

// Thrown only inside this file: the first violation ends the walk, and parse() turns it into
// a CatalogError with a position.
struct Violation
{
    QString path;
    QString message;
};

QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return u'"' + value.toString() + u'"';
    case QJsonValue::Array:
        return CatalogLoader::tr("an array");
    case QJsonValue::Object:
        return CatalogLoader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return CatalogLoader::tr("nothing");
}

// A JSON object together with its path, checked field by field.
class ObjectReader
{
public:
    ObjectReader(const QJsonValue& value, QString path) : m_path(std::move(path))
    {
        if (!value.isObject())
            throw Violation{m_path, CatalogLoader::tr("expected an object, found %1").arg(describe(value))};
        m_object = value.toObject();
    }

    void allowOnly(const QStringList& keys) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!keys.contains(it.key())) {
                throw Violation{JsonLocator::childPath(m_path, it.key()),
                                CatalogLoader::tr("unknown field \"%1\"; allowed fields are: %2")
                                    .arg(it.key(), keys.join(QStringLiteral(", ")))};
            }
        }
    }

    bool has(const QString& key) const { return m_object.contains(key); }
    QString path(const QString& key) const { return JsonLocator::childPath(m_path, key); }

    QJsonValue required(const QString& key) const
    {
        if (!m_object.contains(key))
            throw Violation{m_path, CatalogLoader::tr("missing required field \"%1\"").arg(key)};
        return m_object.value(key);
    }

    QString string(const QString& key, bool mayBeEmpty = false) const
    {
        const QJsonValue value = required(key);
        if (!value.isString())
            throw Violation{path(key), CatalogLoader::tr("expected a string, found %1").arg(describe(value))};
        if (!mayBeEmpty && value.toString().trimmed().isEmpty())
            throw Violation{path(key), CatalogLoader::tr("must not be empty")};
        return value.toString();
    }

    QStringList strings(const QString& key, bool mayBeEmpty) const
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isArray())
            throw Violation{path(key), CatalogLoader::tr("expected an array of strings, found %1")
                                           .arg(has(key) ? describe(value) : CatalogLoader::tr("nothing"))};
        const QJsonArray array = value.toArray();
        if (!mayBeEmpty && array.isEmpty())
            throw Violation{path(key), CatalogLoader::tr("must list at least one value")};
        QStringList result;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                throw Violation{
                    JsonLocator::childPath(path(key), i),
                    CatalogLoader::tr("expected a non-empty string, found %1").arg(describe(item))};
            }
            result << item.toString();
        }
        return result;
    }

    QStringList optionalStrings(const QString& key) const
    {
        return has(key) ? strings(key, true) : QStringList{};
    }

    LocalizedText localized(const QString& key) const
    {
        ObjectReader text(required(key), path(key));
        text.allowOnly({QStringLiteral("en"), QStringLiteral("ja")});
        return {text.string(QStringLiteral("en")), text.string(QStringLiteral("ja"))};
    }

    template <typename Enum>
    Enum choice(const QString& key, std::optional<Enum> (*fromName)(QStringView),
                const QStringList& names) const
    {
        const QString text = string(key);
        if (const auto value = fromName(text))
            return *value;
        throw Violation{path(key), CatalogLoader::tr("expected one of %1, found \"%2\"")
                                       .arg(names.join(QStringLiteral(", ")), text)};
    }

private:
    QJsonObject m_object;
    QString m_path;
};

QJsonArray requiredArray(const ObjectReader& reader, const QString& key)
{
    const QJsonValue value = reader.required(key);
    if (!value.isArray())
        throw Violation{reader.path(key),
                        CatalogLoader::tr("expected an array, found %1").arg(describe(value))};
    if (value.toArray().isEmpty())
        throw Violation{reader.path(key), CatalogLoader::tr("must list at least one item")};
    return value.toArray();
}

Service readService(const QJsonValue& value, const QString& path)
{
    ObjectReader reader(value, path);
    reader.allowOnly({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
                      QStringLiteral("alwaysIncluded")});
    Service service;
    service.id = reader.string(QStringLiteral("id"));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9-]*$"));
    if (!idPattern.match(service.id).hasMatch()) {
        throw Violation{
            reader.path(QStringLiteral("id")),
            CatalogLoader::tr("a service id must match [a-z][a-z0-9-]*, found \"%1\"").arg(service.id)};
    }
    service.name = reader.localized(QStringLiteral("name"));
    service.description = reader.localized(QStringLiteral("description"));
    if (reader.has(QStringLiteral("alwaysIncluded"))) {
        const QJsonValue flag = reader.required(QStringLiteral("alwaysIncluded"));
        if (!flag.isBool()) {
            throw Violation{reader.path(QStringLiteral("alwaysIncluded")),
                            CatalogLoader::tr("expected true or false, found %1").arg(describe(flag))};
        }
        service.alwaysIncluded = flag.toBool();
    }
    return service;
}

void checkHost(const QString& host, const QString& path)
{
    // Host names, optionally with the single {customerId} template as a whole label.
    static const QRegularExpression hostPattern(
        QStringLiteral("^(\\{customerId\\}|[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-"
                       "z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    if (!hostPattern.match(host).hasMatch()) {
        throw Violation{path, CatalogLoader::tr("\"%1\" is not a host name (wildcards belong in \"pattern\"; "
                                                "{customerId} is the only template)")
                                  .arg(host)};
    }
}

// `serves` makes a plain-HTTP address a certificate authority's host, checked with a download.
// Every host needs a sample URL of its own, for runs in which no certificate chain names one, and
// an OCSP host the root its sample question is about.
void readRevocationRole(ObjectReader& reader, CatalogEntry& entry)
{
    const QString serves = QStringLiteral("serves");
    const QString sampleUrls = QStringLiteral("sampleUrls");
    const QString sampleIssuer = QStringLiteral("sampleIssuer");
    if (!reader.has(serves)) {
        for (const QString& key : {sampleUrls, sampleIssuer}) {
            if (reader.has(key))
                throw Violation{reader.path(key),
                                CatalogLoader::tr("only an entry with \"serves\" has this")};
        }
        return;
    }
    entry.serves = reader.choice<RevocationRole>(
        serves, revocationRoleFromName,
        {QStringLiteral("crl"), QStringLiteral("ocsp"), QStringLiteral("ca_issuers")});
    if (entry.scheme != Scheme::Http || entry.port != 80) {
        throw Violation{reader.path(serves), CatalogLoader::tr("certificate authorities are checked over "
                                                               "\"http\" on port 80 only")};
    }
    entry.sampleUrls = reader.strings(sampleUrls, false);
    for (qsizetype i = 0; i < entry.sampleUrls.size(); ++i) {
        const QUrl url(entry.sampleUrls.at(i), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"http" || url.port(80) != 80 ||
            !entry.hosts.contains(url.host(), Qt::CaseInsensitive)) {
            throw Violation{JsonLocator::childPath(reader.path(sampleUrls), i),
                            CatalogLoader::tr("expected an http:// URL on port 80 on one of the entry's "
                                              "hosts, found \"%1\"")
                                .arg(entry.sampleUrls.at(i))};
        }
    }
    for (const QString& host : std::as_const(entry.hosts)) {
        const bool covered =
            std::any_of(entry.sampleUrls.cbegin(), entry.sampleUrls.cend(), [&](const QString& u) {
                return QUrl(u).host().compare(host, Qt::CaseInsensitive) == 0;
            });
        if (!covered) {
            throw Violation{reader.path(sampleUrls),
                            CatalogLoader::tr("no sample URL for the host \"%1\"").arg(host)};
        }
    }
    if (*entry.serves == RevocationRole::Ocsp) {
        entry.sampleIssuer = reader.string(sampleIssuer);
        static const QRegularExpression dnPattern(QStringLiteral("^(/[A-Za-z]+=[^/]+)+$"));
        if (!dnPattern.match(entry.sampleIssuer).hasMatch()) {
            throw Violation{
                reader.path(sampleIssuer),
                CatalogLoader::tr("expected a name as /C=…/O=…/CN=…, found \"%1\"").arg(entry.sampleIssuer)};
        }
    } else if (reader.has(sampleIssuer)) {
        throw Violation{reader.path(sampleIssuer), CatalogLoader::tr("only an OCSP entry has this")};
    }
}

CatalogEntry readEntry(const QJsonValue& value, const QString& path, const QSet<QString>& serviceIds)
{
    ObjectReader reader(value, path);
    reader.allowOnly(
        {QStringLiteral("id"), QStringLiteral("services"), QStringLiteral("pattern"), QStringLiteral("hosts"),
         QStringLiteral("scheme"), QStringLiteral("port"), QStringLiteral("purpose"), QStringLiteral("level"),
         QStringLiteral("profiles"), QStringLiteral("confidence"), QStringLiteral("source"),
         QStringLiteral("hostConfidence"), QStringLiteral("hostSource"), QStringLiteral("expectedIssuers"),
         QStringLiteral("cipherPolicy"), QStringLiteral("links"), QStringLiteral("serves"),
         QStringLiteral("sampleUrls"), QStringLiteral("sampleIssuer")});
    CatalogEntry entry;
    entry.id = reader.string(QStringLiteral("id"));
    entry.services = reader.strings(QStringLiteral("services"), false);
    for (qsizetype i = 0; i < entry.services.size(); ++i) {
        if (!serviceIds.contains(entry.services.at(i))) {
            throw Violation{JsonLocator::childPath(reader.path(QStringLiteral("services")), i),
                            CatalogLoader::tr("unknown service \"%1\"").arg(entry.services.at(i))};
        }
    }
    entry.pattern = reader.string(QStringLiteral("pattern"));
    entry.hosts = reader.strings(QStringLiteral("hosts"), false);
    for (qsizetype i = 0; i < entry.hosts.size(); ++i)
        checkHost(entry.hosts.at(i), JsonLocator::childPath(reader.path(QStringLiteral("hosts")), i));
    entry.scheme =
        reader.choice<Scheme>(QStringLiteral("scheme"), schemeFromName,
                              {QStringLiteral("https"), QStringLiteral("http"), QStringLiteral("udp")});
    const QJsonValue port = reader.required(QStringLiteral("port"));
    const double portNumber = port.toDouble(-1);
    if (!port.isDouble() || portNumber != double(qint64(portNumber)) || portNumber < 1 ||
        portNumber > 65535) {
        throw Violation{
            reader.path(QStringLiteral("port")),
            CatalogLoader::tr("expected an integer from 1 to 65535, found %1").arg(describe(port))};
    }
    entry.port = quint16(portNumber);
    entry.purpose = reader.localized(QStringLiteral("purpose"));
    entry.level = reader.choice<RequirementLevel>(
        QStringLiteral("level"), levelFromName, {QStringLiteral("required"), QStringLiteral("recommended")});
    if (reader.has(QStringLiteral("profiles"))) {
        entry.profiles.clear();
        const QStringList names = reader.strings(QStringLiteral("profiles"), false);
        for (qsizetype i = 0; i < names.size(); ++i) {
            const auto profile = profileFromName(names.at(i));
            if (!profile) {
                throw Violation{
                    JsonLocator::childPath(reader.path(QStringLiteral("profiles")), i),
                    CatalogLoader::tr("expected \"connector\", \"browser\" or \"vda\", found \"%1\"")
                        .arg(names.at(i))};
            }
            entry.profiles << *profile;
        }
    }
    const QStringList confidences{QStringLiteral("documented"), QStringLiteral("inferred")};
    entry.confidence =
        reader.choice<Confidence>(QStringLiteral("confidence"), confidenceFromName, confidences);
    entry.source = reader.string(QStringLiteral("source"));
    // Catalogs written before the host was judged apart say nothing of it: the host then
    // stands on the pattern's evidence.
    entry.hostConfidence =
        reader.has(QStringLiteral("hostConfidence"))
            ? reader.choice<Confidence>(QStringLiteral("hostConfidence"), confidenceFromName, confidences)
            : entry.confidence;
    entry.hostSource =
        reader.has(QStringLiteral("hostSource")) ? reader.string(QStringLiteral("hostSource")) : entry.source;
    entry.expectedIssuers = reader.optionalStrings(QStringLiteral("expectedIssuers"));
    if (reader.has(QStringLiteral("cipherPolicy"))) {
        entry.cipherPolicy = reader.choice<CipherPolicy>(QStringLiteral("cipherPolicy"), cipherPolicyFromName,
                                                         cipherPolicyNames());
        // The suites are a TLS matter: on plain http or udp the field would be silently ignored.
        if (entry.scheme != Scheme::Https) {
            throw Violation{reader.path(QStringLiteral("cipherPolicy")),
                            CatalogLoader::tr("a cipher policy applies to https entries only, and this "
                                              "entry's scheme is \"%1\"")
                                .arg(schemeName(entry.scheme))};
        }
    }
    entry.links = reader.optionalStrings(QStringLiteral("links"));
    readRevocationRole(reader, entry);
    return entry;
}

Catalog readCatalog(const QJsonValue& root)
{
    ObjectReader reader(root, QStringLiteral("$"));
    reader.allowOnly({QStringLiteral("catalogFormat"), QStringLiteral("name"), QStringLiteral("version"),
                      QStringLiteral("date"), QStringLiteral("source"), QStringLiteral("services"),
                      QStringLiteral("entries")});
    const QJsonValue format = reader.required(QStringLiteral("catalogFormat"));
    if (format.toInt(-1) != 1) {
        throw Violation{
            reader.path(QStringLiteral("catalogFormat")),
            CatalogLoader::tr("this version reads catalogFormat 1, found %1").arg(describe(format))};
    }
    Catalog catalog;
    catalog.name = reader.string(QStringLiteral("name"));
    catalog.version = reader.string(QStringLiteral("version"));
    catalog.date = reader.string(QStringLiteral("date"));
    static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!datePattern.match(catalog.date).hasMatch() ||
        !QDate::fromString(catalog.date, Qt::ISODate).isValid()) {
        throw Violation{reader.path(QStringLiteral("date")),
                        CatalogLoader::tr("expected a date as YYYY-MM-DD, found \"%1\"").arg(catalog.date)};
    }
    catalog.source = reader.string(QStringLiteral("source"));

    const QJsonArray services = requiredArray(reader, QStringLiteral("services"));
    QSet<QString> serviceIds;
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QString path = JsonLocator::childPath(reader.path(QStringLiteral("services")), i);
        Service service = readService(services.at(i), path);
        if (serviceIds.contains(service.id)) {
            throw Violation{JsonLocator::childPath(path, QStringLiteral("id")),
                            CatalogLoader::tr("duplicate service id \"%1\"").arg(service.id)};
        }
        serviceIds.insert(service.id);
        catalog.services << service;
    }

    const QJsonArray entries = requiredArray(reader, QStringLiteral("entries"));
    QSet<QString> entryIds;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = JsonLocator::childPath(reader.path(QStringLiteral("entries")), i);
        CatalogEntry entry = readEntry(entries.at(i), path, serviceIds);
        if (entryIds.contains(entry.id)) {
            throw Violation{JsonLocator::childPath(path, QStringLiteral("id")),
                            CatalogLoader::tr("duplicate entry id \"%1\"").arg(entry.id)};
        }
        entryIds.insert(entry.id);
        catalog.entries << entry;
    }
    return catalog;
}

CatalogError errorAt(const QByteArray& json, const QString& fileName, qsizetype offset, const QString& path,
                     const QString& message)
{
    const auto [line, column] = JsonLocator::lineColumn(json, qMax<qsizetype>(offset, 0));
    return {fileName, line, column, path, message};
}

CatalogError tooLarge(const QString& fileName, qint64 size)
{
    return {fileName,
            0,
            0,
            {},
            CatalogLoader::tr("the catalog is %1 bytes, more than the limit of %2 bytes (4 MiB)")
                .arg(size)
                .arg(InputLimits::kMaxFileBytes)};
}

} // namespace

CatalogLoader::Result CatalogLoader::parse(const QByteArray& json, const QString& fileName)
{
    // Limits first, before anything allocates per value or recurses per level.
    if (json.size() > InputLimits::kMaxFileBytes)
        return tooLarge(fileName, json.size());
    const JsonLocator locator(json);
    if (locator.depthExceeded()) {
        return errorAt(
            json, fileName, locator.errorOffset(), locator.pathAt(locator.errorOffset()),
            tr("nested more than %1 levels deep, the limit for a catalog").arg(JsonLocator::kMaxDepth));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Point at the offending character itself: QJsonParseError's offset is often past it.
        const qsizetype offset = locator.errorOffset() >= 0 ? locator.errorOffset() : parseError.offset;
        return errorAt(json, fileName, offset, locator.pathAt(offset),
                       tr("invalid JSON: %1").arg(parseError.errorString()));
    }
    try {
        return readCatalog(document.isObject() ? QJsonValue(document.object())
                                               : QJsonValue(document.array()));
    } catch (const Violation& violation) {
        return errorAt(json, fileName, locator.offsetOf(violation.path), violation.path, violation.message);
    }
}

CatalogLoader::Result CatalogLoader::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CatalogError{path, 0, 0, {}, tr("cannot read the catalog: %1").arg(file.errorString())};
    if (file.size() > InputLimits::kMaxFileBytes)
        return tooLarge(path, file.size());
    // A pipe or device reports no size: read one byte past the limit to notice.
    const QByteArray json = file.read(InputLimits::kMaxFileBytes + 1);
    if (json.size() > InputLimits::kMaxFileBytes)
        return tooLarge(path, json.size());
    return parse(json, path);
}

CatalogLoader::Result CatalogLoader::builtIn()
{
    return loadFile(builtInPath());
}

QString CatalogLoader::builtInPath()
{
    return QStringLiteral(":/catalogs/citrix-cloud-japan.json");
}

} // namespace cloudcheck
