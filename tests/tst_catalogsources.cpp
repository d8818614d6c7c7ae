// The built-in catalog against docs/catalog-sources.md: every entry has its pattern and its hosts
// sourced, with a confidence from the allowed set, and the reviewer's table says the same.
#include "catalog/CatalogLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace cloudcheck;
using namespace Qt::StringLiterals;

namespace {

struct SourceRow
{
    QString confidence;
    QString hostConfidence;
};

// Rows of the "Entries" table: | `id` | pattern | confidence | hosts | hostConfidence | ... |
QHash<QString, SourceRow> documentedRows()
{
    QFile file(QStringLiteral(CLOUDCHECK_DOCS_DIR "/catalog-sources.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QHash<QString, SourceRow> rows;
    static const QRegularExpression idCell(QStringLiteral("^`([a-z0-9-]+)`$"));
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!line.startsWith(u"| `"))
            continue;
        const QStringList cells = line.split(u'|');
        // A leading empty cell, then id, pattern, confidence, hosts, hostConfidence, evidence x2.
        if (cells.size() < 8)
            continue;
        const auto match = idCell.match(cells.at(1).trimmed());
        if (match.hasMatch())
            rows.insert(match.captured(1), {cells.at(3).trimmed(), cells.at(5).trimmed()});
    }
    return rows;
}

QJsonArray rawEntries()
{
    QFile file(CatalogLoader::builtInPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"entries"_s).toArray();
}

} // namespace

class CatalogSourcesTest : public QObject
{
    Q_OBJECT

private slots:
    void everyEntryStatesBothEvidences();
    void everyEntryHasARow();
    void everyRowNamesAnEntry();
};

void CatalogSourcesTest::everyEntryStatesBothEvidences()
{
    // Read raw: the loader lets an older catalog's host fall back to the pattern's evidence, which
    // the built-in catalog must never rely on.
    const QJsonArray entries = rawEntries();
    QVERIFY(!entries.isEmpty());
    const QStringList allowed{u"documented"_s, u"inferred"_s};
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        const QString id = entry.value(u"id"_s).toString();
        for (const QString& key : {u"source"_s, u"hostSource"_s}) {
            QVERIFY2(!entry.value(key).toString().trimmed().isEmpty(), qPrintable(id + u": no "_s + key));
        }
        for (const QString& key : {u"confidence"_s, u"hostConfidence"_s}) {
            const QString confidence = entry.value(key).toString();
            QVERIFY2(allowed.contains(confidence),
                     qPrintable(id + u": "_s + key + u" is \""_s + confidence + u"\""_s));
        }
    }
}

void CatalogSourcesTest::everyEntryHasARow()
{
    const QHash<QString, SourceRow> rows = documentedRows();
    QVERIFY2(!rows.isEmpty(), "docs/catalog-sources.md has no entry rows");
    const CatalogLoader::Result result = CatalogLoader::builtIn();
    QVERIFY(std::holds_alternative<Catalog>(result));
    for (const CatalogEntry& entry : std::get<Catalog>(result).entries) {
        QVERIFY2(rows.contains(entry.id), qPrintable(entry.id + u" has no row in catalog-sources.md"_s));
        const SourceRow row = rows.value(entry.id);
        QCOMPARE(row.confidence, confidenceName(entry.confidence));
        QCOMPARE(row.hostConfidence, confidenceName(entry.hostConfidence));
    }
}

void CatalogSourcesTest::everyRowNamesAnEntry()
{
    const CatalogLoader::Result result = CatalogLoader::builtIn();
    QVERIFY(std::holds_alternative<Catalog>(result));
    QStringList ids;
    for (const CatalogEntry& entry : std::get<Catalog>(result).entries)
        ids << entry.id;
    const QHash<QString, SourceRow> rows = documentedRows();
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        QVERIFY2(ids.contains(it.key()), qPrintable(it.key() + u" is documented but not in the catalog"_s));
}

QTEST_GUILESS_MAIN(CatalogSourcesTest)
#include "tst_catalogsources.moc"
