// A hostile certificate and hostile HTTP headers, read by the real probes over loopback, then
// rendered by every output CloudCheck has besides the wizard (tests/widget/tst_resultsmodel.cpp
// covers that): the text report (stdout, .txt files, "Copy summary"), the JSON report and the
// log. None of them may carry a control, bidi or invisible character raw.
#include "HostileInput.h"
#include "ReportSchema.h"
#include "report/JsonReport.h"
#include "report/TextReport.h"
#include "support/Logging.h"
#include "support/Version.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cctest;
using namespace cloudcheck;
using namespace Qt::StringLiterals;

namespace {

QString rawFound(QStringView text)
{
    const auto raw = HostileInput::firstRaw(text);
    return raw ? HostileInput::describe(*raw) + u" in:\n"_s + text.toString() : QString();
}

// Every string in a parsed JSON document, as a reader of the report gets it.
void collectStrings(const QJsonValue& value, QStringList& out)
{
    if (value.isString()) {
        out << value.toString();
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectStrings(item, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            out << it.key();
            collectStrings(it.value(), out);
        }
    }
}

} // namespace

class HostileInputTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void factsAreEscapedWhereTheyAreRead();
    void textReportShowsNoRawControl();
    void jsonReportShowsNoRawControl();
    void logShowsNoRawControl();

private:
    RunResult m_run;
};

void HostileInputTest::initTestCase()
{
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    const auto run = HostileInput::run();
    QVERIFY(run);
    m_run = *run;
    QCOMPARE(m_run.targets.size(), 2);
}

void HostileInputTest::factsAreEscapedWhereTheyAreRead()
{
    const TargetResult* intercepted = nullptr;
    const TargetResult* headers = nullptr;
    for (const TargetResult& target : std::as_const(m_run.targets)) {
        if (target.target.id == HostileInput::interceptedId())
            intercepted = &target;
        if (target.target.id == HostileInput::headersId())
            headers = &target;
    }
    QVERIFY(intercepted && headers);

    // The chain was read, and its hostile fields arrive visibly escaped, still recognisable.
    const StepResult* tls = intercepted->step(StepKind::Tls);
    QVERIFY(tls);
    const QJsonObject leaf = tls->details.value(u"chain"_s).toArray().first().toObject();
    const QString issuer = leaf.value(u"issuer"_s).toString();
    QVERIFY2(issuer.contains(u"CN=Evil\\x1b[2J\\x07\\x9b31m\\u202eCorp\\u200b\\u200d\\ufeff"_s),
             qPrintable(issuer));
    QVERIFY2(leaf.value(u"subject"_s).toString().contains(u"O=Evil\\x1b"_s),
             qPrintable(leaf.value(u"subject"_s).toString()));
    const QString altNames = leaf.value(u"subjectAltNames"_s).toVariant().toStringList().join(u' ');
    QVERIFY2(altNames.contains(u"DNS:evil\\x1b[2J\\x07.test"_s), qPrintable(altNames));
    QVERIFY(intercepted->findings.size() >= 1);

    const StepResult* http = headers->step(StepKind::Http);
    QVERIFY(http);
    QCOMPARE(http->verdict, Verdict::Pass);
    QVERIFY2(http->details.value(u"server"_s).toString().startsWith(u"<b>x</b> Evil\\x1b[2J"_s),
             qPrintable(http->details.value(u"server"_s).toString()));
    QVERIFY2(http->details.value(u"reason"_s).toString().contains(u"\\u202e"_s),
             qPrintable(http->details.value(u"reason"_s).toString()));

    for (const TargetResult& target : std::as_const(m_run.targets)) {
        for (const StepResult& step : target.steps) {
            const QString json = QString::fromUtf8(QJsonDocument(step.details).toJson());
            QVERIFY2(rawFound(json).isEmpty(), qPrintable(rawFound(json)));
            QStringList strings;
            collectStrings(step.details, strings);
            for (const QString& text : std::as_const(strings))
                QVERIFY2(rawFound(text).isEmpty(), qPrintable(rawFound(text)));
        }
        for (const Finding& finding : target.findings) {
            QVERIFY2(rawFound(finding.message).isEmpty(), qPrintable(rawFound(finding.message)));
            QVERIFY2(rawFound(finding.remediation).isEmpty(), qPrintable(rawFound(finding.remediation)));
        }
    }
}

void HostileInputTest::textReportShowsNoRawControl()
{
    const QString plain = TextReport::render(m_run, {});
    QVERIFY2(rawFound(plain).isEmpty(), qPrintable(rawFound(plain)));
    QVERIFY2(plain.contains(u"Evil\\x1b[2J"_s), qPrintable(plain)); // the issuer is named, escaped

    // In colour the report's own SGR sequences are the only escapes.
    TextReport::Options color;
    color.color = true;
    QString colored = TextReport::render(m_run, color);
    colored.remove(QRegularExpression(u"\x1b\\[[0-9;]*m"_s));
    QVERIFY2(rawFound(colored).isEmpty(), qPrintable(rawFound(colored)));
}

void HostileInputTest::jsonReportShowsNoRawControl()
{
    const QByteArray json = JsonReport::render(m_run);
    const QString problems = ReportSchema::validate(json);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    const QString text = QString::fromUtf8(json);
    QVERIFY2(rawFound(text).isEmpty(), qPrintable(rawFound(text)));
    // JSON would escape C0 itself; what a reader decodes must be clean too.
    QStringList strings;
    collectStrings(QJsonDocument::fromJson(json).object(), strings);
    QVERIFY(strings.size() > 50);
    for (const QString& value : std::as_const(strings))
        QVERIFY2(rawFound(value).isEmpty(), qPrintable(rawFound(value)));
}

void HostileInputTest::logShowsNoRawControl()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"cloudcheck.log"_s);
    QVERIFY(Logging::initialize({path, true, false}).isEmpty());
    qWarning().noquote() << "a log line quoting" << HostileInput::text();
    Logging::shutdown();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString log = QString::fromUtf8(file.readAll());
    QVERIFY2(log.contains(u"a log line quoting Evil\\x1b[2J\\x07\\x9b31m\\u202e"_s), qPrintable(log));
    QVERIFY2(rawFound(log).isEmpty(), qPrintable(rawFound(log)));
}

QTEST_GUILESS_MAIN(HostileInputTest)
#include "tst_hostileinput.moc"
