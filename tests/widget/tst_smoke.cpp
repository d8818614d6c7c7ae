// Starts the real cloudcheck binary under the offscreen platform and checks it comes up and
// exits cleanly, and that a broken --catalog is refused with exit code 64.
#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cctest;
using namespace Qt::StringLiterals;

class SmokeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAndQuits();
    void quitsFromEnvironment();
    void refusesBrokenCatalog();
    void printsVersion();

private:
    static QString program() { return QString::fromUtf8(CLOUDCHECK_GUI_PATH); }
};

void SmokeTest::startsAndQuits()
{
    const CliResult result =
        CliRunner::run(program(), {u"-platform"_s, u"offscreen"_s, u"--quit-after-ms"_s, u"500"_s}, 30000);
    QVERIFY2(!result.crashed && !result.timedOut, result.standardError.constData());
    QCOMPARE(result.exitCode, 0);
}

void SmokeTest::quitsFromEnvironment()
{
    const CliResult result =
        CliRunner::run(program(), {u"-platform"_s, u"offscreen"_s}, 30000,
                       CliRunner::environmentWith({{u"CLOUDCHECK_SMOKE_QUIT_MS"_s, u"300"_s}}));
    QVERIFY2(!result.crashed && !result.timedOut, result.standardError.constData());
    QCOMPARE(result.exitCode, 0);
}

void SmokeTest::refusesBrokenCatalog()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"catalogFormat\": 1, \"name\": ");
    file.close();
    // The error box is modal; the quit timer ends it the way a user would close it.
    const CliResult result = CliRunner::run(
        program(), {u"-platform"_s, u"offscreen"_s, u"--quit-after-ms"_s, u"500"_s, u"--catalog"_s, path},
        30000);
    QVERIFY2(!result.crashed && !result.timedOut, result.standardError.constData());
    QCOMPARE(result.exitCode, 64);
}

void SmokeTest::printsVersion()
{
    const CliResult result =
        CliRunner::run(program(), {u"-platform"_s, u"offscreen"_s, u"--version"_s}, 30000);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.standardOutput.startsWith("CloudCheck ") ||
            result.standardOutput.startsWith("cloudcheck "));
}

QTEST_GUILESS_MAIN(SmokeTest)
#include "tst_smoke.moc"
