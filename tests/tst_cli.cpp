// Integration tests of the real cloudcheck-cli binary: option checking and exit codes, catalog and
// CA file errors, and whole runs of the built-in catalog against servers on 127.0.0.1.
//
// Network safety: every invocation that could start a run gets --connect-to pins for the hosts of
// its plan plus a --resolve pin to 127.0.0.1 for every other host of the catalog, so even a bug
// that let a bad option through could only reach loopback. The one exception is the no-internet
// run, which first proves that none of the catalog's names resolve on this machine.
#include "CertificateFactory.h"
#include "CliRunner.h"
#include "FakeHostBuilder.h"
#include "LoopbackPorts.h"
#include "PlainHttpServer.h"
#include "ReportSchema.h"
#include "RevocationPki.h"
#include "SilentServer.h"
#include "TlsTestServer.h"
#include "catalog/CatalogLoader.h"
#include "plan/RunPlan.h"
#include "platform/fake/FakeHost.h"
#include "readiness/Tls12ClientRule.h"
#include "support/Version.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSslSocket>
#include <QSysInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <functional>
#include <signal.h>

using namespace cctest;
using namespace cloudcheck;
using namespace Qt::StringLiterals;

namespace {

constexpr int kExitUsage = 64;
const QString kCustomerId = u"acme"_s;
const QString kWemApiHost = u"jp-api.wem.citrixcloud.jp"_s;

QStringList lines(const QByteArray& text)
{
    return QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
}

// Progress lines are "[n/N] VERDICT id ..."; returns n for each, in order.
QList<int> progressNumbers(const QByteArray& standardError, int total)
{
    static const QRegularExpression progress(u"^\\[(\\d+)/(\\d+)\\] "_s);
    QList<int> numbers;
    for (const QString& line : lines(standardError)) {
        const auto match = progress.match(line);
        if (match.hasMatch() && match.captured(2).toInt() == total)
            numbers << match.captured(1).toInt();
    }
    return numbers;
}

// True when `json` passes the report schema and parses to an object, which lands in `report`;
// otherwise `problem` says what is wrong (the schema's findings first).
bool parseValidReport(const QByteArray& json, QJsonObject* report, QString* problem)
{
    *problem = ReportSchema::validate(json);
    if (!problem->isEmpty())
        return false;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = u"not a JSON object: "_s + error.errorString();
        return false;
    }
    *report = document.object();
    return true;
}

QJsonObject targetById(const QJsonObject& report, const QString& id)
{
    for (const QJsonValue& target : report.value(u"targets"_s).toArray()) {
        if (target.toObject().value(u"id"_s).toString() == id)
            return target.toObject();
    }
    return {};
}

QStringList findingCodes(const QJsonObject& target)
{
    QStringList codes;
    for (const QJsonValue& finding : target.value(u"findings"_s).toArray())
        codes << finding.toObject().value(u"code"_s).toString();
    return codes;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The CLI refuses to run while a system proxy is set; tests must not depend on the caller's.
QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"http_proxy"_s, u"https_proxy"_s, u"HTTP_PROXY"_s, u"HTTPS_PROXY"_s,
                                u"all_proxy"_s, u"ALL_PROXY"_s, u"no_proxy"_s, u"NO_PROXY"_s})
        environment.remove(name);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    return environment;
}

// A small valid catalog, one line per field so a test can break one and know its position.
QByteArrayList catalogLines()
{
    return {
        R"({)",
        R"(  "catalogFormat": 1,)",
        R"(  "name": "CLI test catalog",)",
        R"(  "version": "1.0.0",)",
        R"(  "date": "2026-01-01",)",
        R"(  "source": "https://example.invalid/catalog",)",
        R"(  "services": [)",
        R"(    {"id": "common", "name": {"en": "Common", "ja": "共通"},)",
        R"(     "description": {"en": "Common", "ja": "共通"}, "alwaysIncluded": true})",
        R"(  ],)",
        R"(  "entries": [)",
        R"(    {)",
        R"(      "id": "one",)",
        R"(      "services": ["common"],)",
        R"(      "pattern": "https://one.example.test",)",
        R"(      "hosts": ["one.example.test"],)",
        R"(      "scheme": "https",)",
        R"(      "port": 443,)",
        R"(      "purpose": {"en": "Purpose", "ja": "目的"},)",
        R"(      "level": "required",)",
        R"(      "confidence": "documented",)",
        R"(      "source": "https://example.invalid/catalog")",
        R"(    })",
        R"(  ])",
        R"(})",
    };
}

// The TLS and plain HTTP servers that a passing run aims its targets at.
struct WebServers
{
    // The plain server answers as a certificate authority's host (a CRL, a certificate, OCSP).
    WebServers(const TestIdentity& leaf, const TestIdentity& ca) : tls(leaf)
    {
        http.setResponder(RevocationPki::authorityHost(ca));
    }
    bool listen() { return tls.listen() && http.listen(); }
    // http targets go to the plain server, all others (https, and udp sharing a host:port) to TLS.
    quint16 portFor(const Target& target) const
    {
        return target.scheme == Scheme::Http ? http.port() : tls.port();
    }

    TlsTestServer tls;
    PlainHttpServer http;
};

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void usageErrors_data();
    void usageErrors();
    void malformedCatalogNamesPosition_data();
    void malformedCatalogNamesPosition();
    void catalogSyntaxErrorNamesLine();
    void missingCatalogIsUsageError();
    void caFileProblems_data();
    void caFileProblems();
    void versionAndHelp();
    void listPrintsCatalog();
    void listShowsBothEvidences();
    void exportCatalogRoundTrips();
    void exportCatalogKeepsOldFileOnFailure();
    void compareAllowlistNamesTheDrift();
    void compareAllowlistRefusesBadInput();
    void connectorChecksNoEdt();
    void loopbackRunPasses();
    void loopbackRunWithUdpWarns();
    void refusedTargetFailsTheRun();
    void hostGroupNotRunOnLinux();
    void fakeHostWithTls12OffNamesTheKey();
    void systemProxyFromTheEnvironment();
    void redactMasksEveryOutput();
    void faultyNetworkRunsEndCleanly();
    void missingCustomerIdWarns();
    void japaneseReportUsesCatalogTexts();
    void htmlReportOnStdoutAndFile();
    void noInternetRunFailsOnDns();
    void interruptWritesCancelledReport_data();
    void interruptWritesCancelledReport();
    void secondInterruptExitsAt130();

private:
    using PortFor = std::function<quint16(const Target&)>;

    CliResult runCli(const QStringList& arguments, int timeoutMs = 60000) const;
    CliResult runCli(const QStringList& arguments, const QProcessEnvironment& environment) const;
    // --connect-to for every host:port of the plan the CLI will build from these options,
    // aimed at portFor(target) on 127.0.0.1; `targets` receives the plan's probed targets.
    QStringList pinPlan(const QStringList& services, const QString& customerId, const PortFor& portFor,
                        QList<Target>* targets) const;
    // --resolve HOST:127.0.0.1 for every catalog host: the safety net under every run.
    QStringList safetyPins() const;
    QStringList loopbackArguments(const QStringList& services, const PortFor& portFor, QList<Target>* targets,
                                  const QString& customerId = kCustomerId) const;
    // The same, with every target aimed at `servers` (see WebServers::portFor()).
    QStringList loopbackArguments(const QStringList& services, const WebServers& servers,
                                  QList<Target>* targets, const QString& customerId = kCustomerId) const;

    Catalog m_catalog;
    Profile m_profile = Profile::Connector; // the role pinPlan() plans for
    QTemporaryDir m_dir;
    QString m_caFile;
    TestIdentity m_ca;
    TestIdentity m_leaf;
};

void CliTest::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY2(QFileInfo(CliRunner::cliPath()).isExecutable(), qPrintable(CliRunner::cliPath()));
    QVERIFY(m_dir.isValid());
    auto loaded = CatalogLoader::builtIn();
    QVERIFY(std::holds_alternative<Catalog>(loaded));
    m_catalog = std::get<Catalog>(std::move(loaded));

    // One leaf for every https host the connector profile probes, issued by a "DigiCert Inc"
    // test CA so each entry's expected-issuer check passes.
    QStringList names;
    for (const CatalogEntry& entry : std::as_const(m_catalog.entries)) {
        if (entry.scheme != Scheme::Https)
            continue;
        for (QString host : entry.hosts) {
            host.replace(u"{customerId}"_s, kCustomerId);
            if (!names.contains(host))
                names << host;
        }
    }
    m_ca = CertificateFactory::createCa(u"CloudCheck CLI Test Root"_s, u"DigiCert Inc"_s);
    QVERIFY(!m_ca.isNull());
    CertificateFactory::LeafOptions options;
    options.dnsNames = names;
    // RSA, as the Citrix ingress hosts' certificates are: their cipher step offers only the four
    // RSA suites of CTX335879.
    options.keyType = CertificateFactory::KeyType::Rsa;
    m_leaf = CertificateFactory::createLeaf(m_ca, names.first(), options);
    QVERIFY(!m_leaf.isNull());
    m_caFile = m_dir.filePath(u"test-ca.pem"_s);
    QVERIFY(CertificateFactory::writePem(m_caFile, {m_ca.certificate}));
}

void CliTest::init()
{
    m_profile = Profile::Connector;
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

CliResult CliTest::runCli(const QStringList& arguments, int timeoutMs) const
{
    return CliRunner::run(CliRunner::cliPath(), arguments, timeoutMs, cliEnvironment());
}

CliResult CliTest::runCli(const QStringList& arguments, const QProcessEnvironment& environment) const
{
    return CliRunner::run(CliRunner::cliPath(), arguments, 60000, environment);
}

QStringList CliTest::safetyPins() const
{
    QStringList arguments;
    QSet<QString> seen;
    for (const CatalogEntry& entry : m_catalog.entries) {
        for (QString host : entry.hosts) {
            host.replace(u"{customerId}"_s, kCustomerId);
            if (!seen.contains(host)) {
                seen.insert(host);
                arguments << u"--resolve"_s << host + u":127.0.0.1"_s;
            }
        }
    }
    return arguments;
}

QStringList CliTest::pinPlan(const QStringList& services, const QString& customerId, const PortFor& portFor,
                             QList<Target>* targets) const
{
    RunSettings settings;
    settings.services = services;
    settings.customerId = customerId;
    settings.profile = m_profile;
    const RunPlan plan = RunPlan::build(m_catalog, settings);
    QStringList arguments;
    QSet<QString> pinned;
    for (const Target& target : plan.targets) {
        if (target.needsCustomerId)
            continue;
        targets->append(target);
        const QString key = target.host + u':' + QString::number(target.port);
        if (pinned.contains(key))
            continue; // https and udp of one host share host:port, and so the pin
        pinned.insert(key);
        arguments << u"--connect-to"_s << key + u":127.0.0.1:"_s + QString::number(portFor(target));
    }
    return arguments;
}

QStringList CliTest::loopbackArguments(const QStringList& services, const PortFor& portFor,
                                       QList<Target>* targets, const QString& customerId) const
{
    QStringList arguments{u"--services"_s, services.join(u','), u"--ca-file"_s, m_caFile};
    if (!customerId.isEmpty())
        arguments << u"--customer-id"_s << customerId;
    arguments += pinPlan(services, customerId, portFor, targets);
    arguments += safetyPins();
    return arguments;
}

QStringList CliTest::loopbackArguments(const QStringList& services, const WebServers& servers,
                                       QList<Target>* targets, const QString& customerId) const
{
    return loopbackArguments(
        services, [&servers](const Target& target) { return servers.portFor(target); }, targets, customerId);
}

void CliTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mustMention");
    QTest::addColumn<QString>("mustNotMention");

    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << QStringList{u"frobnicate"_s}
                                    << QString();
    QTest::newRow("timeout 0") << QStringList{u"--timeout"_s, u"0"_s}
                               << QStringList{u"--timeout"_s, u"\"0\""_s} << QString();
    QTest::newRow("timeout abc") << QStringList{u"--timeout"_s, u"abc"_s}
                                 << QStringList{u"--timeout"_s, u"\"abc\""_s} << QString();
    // NaN passes "< 0.1 || > 300"; the run then hung on a negative step timer.
    QTest::newRow("timeout nan") << QStringList{u"--timeout"_s, u"nan"_s}
                                 << QStringList{u"--timeout"_s, u"\"nan\""_s} << QString();
    QTest::newRow("concurrency 0") << QStringList{u"--concurrency"_s, u"0"_s}
                                   << QStringList{u"--concurrency"_s, u"\"0\""_s} << QString();
    QTest::newRow("format xml") << QStringList{u"--format"_s, u"xml"_s}
                                << QStringList{u"--format"_s, u"\"xml\""_s} << QString();
    QTest::newRow("unknown service")
        << QStringList{u"--services"_s, u"nope"_s}
        << QStringList{u"\"nope\""_s, u"common, certificates, gateway, daas, workspace, wem, console"_s}
        << QString();
    QTest::newRow("customer id with space") << QStringList{u"--customer-id"_s, u"bad id"_s}
                                            << QStringList{u"--customer-id"_s, u"\"bad id\""_s} << QString();
    QTest::newRow("profile x") << QStringList{u"--profile"_s, u"x"_s}
                               << QStringList{u"--profile"_s, u"\"x\""_s} << QString();
    QTest::newRow("lang fr") << QStringList{u"--lang"_s, u"fr"_s} << QStringList{u"--lang"_s, u"\"fr\""_s}
                             << QString();
    QTest::newRow("output pdf") << QStringList{u"--output"_s, u"report.pdf"_s}
                                << QStringList{u"--output"_s, u"report.pdf"_s} << QString();
    QTest::newRow("resolve without colon") << QStringList{u"--resolve"_s, u"nocolon"_s}
                                           << QStringList{u"--resolve"_s, u"nocolon"_s} << QString();
    QTest::newRow("proxy with password") << QStringList{u"--proxy"_s, u"http://u:secret@h:8080"_s}
                                         << QStringList{u"--proxy"_s, u"password"_s} << u"secret"_s;
    // No CLOUDCHECK_PROXY_PASSWORD and no terminal to ask on: refused before anything is sent.
    QTest::newRow("proxy user in the URL, no password")
        << QStringList{u"--proxy"_s, u"http://bob@127.0.0.1:3128"_s}
        << QStringList{u"CLOUDCHECK_PROXY_PASSWORD"_s, u"no password"_s} << QString();
    QTest::newRow("proxy user, no password") << QStringList{u"--proxy-user"_s, u"bob"_s}
                                             << QStringList{u"CLOUDCHECK_PROXY_PASSWORD"_s} << QString();
    QTest::newRow("proxy user with no proxy")
        << QStringList{u"--proxy"_s, u"none"_s, u"--proxy-user"_s, u"bob"_s}
        << QStringList{u"--proxy-user"_s, u"none"_s} << QString();
    QTest::newRow("two different users")
        << QStringList{u"--proxy"_s, u"http://bob@127.0.0.1:3128"_s, u"--proxy-user"_s, u"eve"_s}
        << QStringList{u"--proxy-user"_s, u"\"eve\""_s} << QString();
    QTest::newRow("pac over ftp") << QStringList{u"--proxy"_s, u"pac:ftp://x/p.pac"_s}
                                  << QStringList{u"pac:URL"_s, u"\"ftp\""_s} << QString();
    QTest::newRow("hold tunnel 0") << QStringList{u"--hold-tunnel"_s, u"0"_s}
                                   << QStringList{u"--hold-tunnel"_s, u"\"0\""_s} << QString();
}

void CliTest::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mustMention);
    QFETCH(QString, mustNotMention);

    const CliResult result = runCli(arguments + safetyPins());
    const QString standardError = QString::fromUtf8(result.standardError);
    QVERIFY2(!result.crashed && !result.timedOut, qPrintable(standardError));
    QCOMPARE(result.exitCode, kExitUsage);
    QVERIFY2(result.standardOutput.isEmpty(), result.standardOutput.constData());
    QVERIFY2(standardError.startsWith(u"cloudcheck-cli: "_s), qPrintable(standardError));
    for (const QString& word : std::as_const(mustMention))
        QVERIFY2(standardError.contains(word), qPrintable(u"missing <%1> in: %2"_s.arg(word, standardError)));
    if (!mustNotMention.isEmpty())
        QVERIFY2(!standardError.contains(mustNotMention), qPrintable(standardError));
}

void CliTest::malformedCatalogNamesPosition_data()
{
    QTest::addColumn<int>("lineIndex");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QByteArray>("valueStart"); // where the offending value begins on that line
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("port as string") << 17 << QByteArray("443") << QByteArray("\"443\"")
                                    << QByteArray("\"443\"") << u"$.entries[0].port"_s
                                    << u"expected an integer from 1 to 65535, found \"443\""_s;
    // The column counts characters: the Japanese text before the value must count as such.
    QTest::newRow("after multibyte text")
        << 18 << QByteArray("\"ja\": \"目的\"") << QByteArray("\"ja\": \"目的\", \"fr\": 1")
        << QByteArray("1}") << u"$.entries[0].purpose.fr"_s << u"unknown field \"fr\""_s;
    QTest::newRow("unknown service") << 13 << QByteArray("[\"common\"]")
                                     << QByteArray("[\"common\", \"nope\"]") << QByteArray("\"nope\"")
                                     << u"$.entries[0].services[1]"_s << u"unknown service \"nope\""_s;
}

void CliTest::malformedCatalogNamesPosition()
{
    QFETCH(int, lineIndex);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QByteArray, valueStart);
    QFETCH(QString, path);
    QFETCH(QString, message);

    QByteArrayList text = catalogLines();
    QVERIFY(text.at(lineIndex).contains(from));
    text[lineIndex].replace(from, to);
    const QString file = m_dir.filePath(
        u"broken-%1.json"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
    QVERIFY(writeFile(file, text.join('\n') + '\n'));

    // The unbroken catalog is accepted, so the error below is the one edit's.
    QByteArrayList good = catalogLines();
    const QString goodFile = m_dir.filePath(u"good.json"_s);
    QVERIFY(writeFile(goodFile, good.join('\n') + '\n'));
    const CliResult list = runCli({u"--catalog"_s, goodFile, u"--list"_s});
    QVERIFY2(list.exitCode == 0, list.standardError.constData());

    const CliResult result = runCli(QStringList{u"--catalog"_s, file} + safetyPins());
    QCOMPARE(result.exitCode, kExitUsage);
    QVERIFY(result.standardOutput.isEmpty());
    const int line = lineIndex + 1;
    const QString lineText = QString::fromUtf8(text.at(lineIndex));
    const int column = int(lineText.indexOf(QString::fromUtf8(valueStart))) + 1;
    QVERIFY(column > 0);
    const QString expected = u"%1:%2:%3: %4: %5"_s.arg(file).arg(line).arg(column).arg(path, message);
    const QString standardError = QString::fromUtf8(result.standardError);
    QVERIFY2(standardError.contains(expected),
             qPrintable(u"expected <%1> in: %2"_s.arg(expected, standardError)));
}

void CliTest::catalogSyntaxErrorNamesLine()
{
    QByteArrayList text = catalogLines();
    // Drop the comma after "name": the parser meets "version" where it wanted ',' or '}'.
    QVERIFY(text[2].endsWith(','));
    text[2].chop(1);
    const QString file = m_dir.filePath(u"syntax.json"_s);
    QVERIFY(writeFile(file, text.join('\n') + '\n'));

    const CliResult result = runCli(QStringList{u"--catalog"_s, file} + safetyPins());
    QCOMPARE(result.exitCode, kExitUsage);
    const QString standardError = QString::fromUtf8(result.standardError);
    // The position is that of the token the parser could not use: the opening quote of "version".
    const QString expected = file + u":4:3: $: invalid JSON: "_s;
    QVERIFY2(standardError.contains(expected),
             qPrintable(u"expected <%1> in: %2"_s.arg(expected, standardError)));
    QVERIFY(standardError.contains(file));
}

void CliTest::missingCatalogIsUsageError()
{
    const QString file = m_dir.filePath(u"no-such-catalog.json"_s);
    const CliResult result = runCli(QStringList{u"--catalog"_s, file} + safetyPins());
    QCOMPARE(result.exitCode, kExitUsage);
    QVERIFY(result.standardOutput.isEmpty());
    const QString standardError = QString::fromUtf8(result.standardError);
    QVERIFY2(standardError.contains(file + u": cannot read the catalog"_s), qPrintable(standardError));
}

void CliTest::caFileProblems_data()
{
    QTest::addColumn<QByteArray>("contents"); // empty: the file is not created
    QTest::addColumn<QString>("expectedAfterPath");

    const QByteArray validPem = m_ca.certificate.toPem();
    const int validLines = int(validPem.count('\n'));
    QTest::newRow("missing") << QByteArray() << u": cannot read the CA file"_s;
    QTest::newRow("not PEM") << QByteArray("these are not the certificates you are looking for\n")
                             << u":1:1: no PEM certificate"_s;
    // Refused before it is read, with the limit named.
    QTest::newRow("larger than 4 MiB")
        << QByteArray(4 * 1024 * 1024 + 1, 'A')
        << u": the CA file is 4194305 bytes, more than the limit of 4194304 bytes (4 MiB)"_s;
    // A good certificate, a blank line, then a block whose base64 is damaged.
    QTest::newRow("damaged second block")
        << validPem + "\n-----BEGIN CERTIFICATE-----\nMIIB!!not*base64!!\n-----END CERTIFICATE-----\n"
        << u":%1:1: this PEM certificate is damaged"_s.arg(validLines + 2);
    QTest::newRow("unterminated block") << QByteArray("# bundle\n-----BEGIN CERTIFICATE-----\nMIIB\n")
                                        << u":2:1: the certificate that starts here has no END line"_s;
}

void CliTest::caFileProblems()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, expectedAfterPath);

    const QString file =
        m_dir.filePath(u"ca-%1.pem"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
    if (!contents.isEmpty())
        QVERIFY(writeFile(file, contents));
    const CliResult result = runCli(QStringList{u"--ca-file"_s, file} + safetyPins());
    QCOMPARE(result.exitCode, kExitUsage);
    QVERIFY(result.standardOutput.isEmpty());
    const QString standardError = QString::fromUtf8(result.standardError);
    QVERIFY2(standardError.contains(u"--ca-file: "_s + file + expectedAfterPath),
             qPrintable(u"expected <%1%2> in: %3"_s.arg(file, expectedAfterPath, standardError)));
}

void CliTest::versionAndHelp()
{
    const CliResult version = runCli({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.standardOutput, "cloudcheck-cli " + QByteArray(kVersion) + '\n');

    const CliResult help = runCli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    const QString text = QString::fromUtf8(help.standardOutput);
    for (const QString& option : {u"--services"_s, u"--customer-id"_s, u"--connect-to"_s, u"--resolve"_s,
                                  u"--ca-file"_s, u"--format"_s, u"--output"_s, u"--list"_s})
        QVERIFY2(text.contains(option), qPrintable(option));
    QVERIFY(text.contains(u"64"_s)); // the exit codes are documented
}

void CliTest::listPrintsCatalog()
{
    const CliResult result = runCli({u"--list"_s});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.standardOutput);
    QVERIFY(text.contains(m_catalog.name));
    QVERIFY(text.contains(m_catalog.version));
    for (const Service& service : std::as_const(m_catalog.services))
        QVERIFY2(text.contains(u'\n' + service.id + u": "_s), qPrintable(service.id));
    for (const CatalogEntry& entry : std::as_const(m_catalog.entries)) {
        for (const QString& host : entry.hosts)
            QVERIFY2(text.contains(host), qPrintable(host));
    }
    QVERIFY(text.contains(kWemApiHost));
}

void CliTest::listShowsBothEvidences()
{
    const CliResult result = runCli({u"--list"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.standardOutput);
    // A documented wildcard probed through a chosen host says so, with both sources.
    const auto gateway = std::find_if(m_catalog.entries.cbegin(), m_catalog.entries.cend(),
                                      [](const CatalogEntry& e) { return e.id == u"gateway-nssvc"; });
    QVERIFY(gateway != m_catalog.entries.cend());
    QCOMPARE(gateway->confidence, Confidence::Documented);
    QCOMPARE(gateway->hostConfidence, Confidence::Inferred);
    QVERIFY(text.contains(u"documented pattern, representative host chosen by CloudCheck"_s));
    QVERIFY(text.contains(u"pattern source: "_s + gateway->source));
    QVERIFY(text.contains(u"host source: "_s + gateway->hostSource));
}

void CliTest::exportCatalogRoundTrips()
{
    const QString path = m_dir.filePath(u"exported.json"_s);
    QFile::remove(path);
    const CliResult result = runCli({u"--export-catalog"_s, path});
    QCOMPARE(result.exitCode, 0);
    QFile exported(path);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QFile builtIn(CatalogLoader::builtInPath());
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), builtIn.readAll());

    // The starting point for a local fix loads back.
    const CliResult list = runCli({u"--catalog"_s, path, u"--list"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(QString::fromUtf8(list.standardOutput).contains(m_catalog.version));
}

void CliTest::exportCatalogKeepsOldFileOnFailure()
{
    // A directory in the way: the write fails, exit 64, and nothing half-written is left.
    const QString path = m_dir.filePath(u"blocked"_s);
    QVERIFY(QDir().mkpath(path));
    const CliResult result = runCli({u"--export-catalog"_s, path});
    QCOMPARE(result.exitCode, 64);
    QVERIFY(QFileInfo(path).isDir());
    QVERIFY(QString::fromUtf8(result.standardError).contains(u"--export-catalog"_s));
}

void CliTest::compareAllowlistNamesTheDrift()
{
    const QString saved = QStringLiteral(CLOUDCHECK_ALLOWLIST_FIXTURES "/v2-answer.json");
    const QString json = m_dir.filePath(u"drift.json"_s);
    const CliResult result =
        runCli({u"--compare-allowlist"_s, saved, u"--customer-id"_s, u"acme1234"_s, u"--output"_s, json});
    QCOMPARE(result.exitCode, 1); // differences found
    const QString text = QString::fromUtf8(result.standardOutput);
    QVERIFY2(text.contains(u"*.citrixnetworkapi.net  [Secure Private Access]"_s), qPrintable(text));
    QVERIFY(text.contains(u"cert-digicert-crl"_s));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(report.value(u"drift"_s).toBool(), true);
    QCOMPARE(report.value(u"notInCatalog"_s).toArray().size(), 1);

    // A catalog holding exactly what Citrix lists: no difference, exit 0, and JSON on stdout.
    QJsonArray entries;
    const QStringList patterns{u"https://*.citrixworkspacesapi.jp"_s, u"https://*.citrixcloud.jp"_s,
                               u"https://*.nssvc.net"_s, u"https://*.citrixnetworkapi.net"_s};
    QFile original(CatalogLoader::builtInPath());
    QVERIFY(original.open(QIODevice::ReadOnly));
    QJsonObject catalog = QJsonDocument::fromJson(original.readAll()).object();
    const QJsonObject first = catalog.value(u"entries"_s).toArray().first().toObject();
    for (const QString& pattern : patterns) {
        QJsonObject entry = first;
        entry[u"id"_s] = QString(u"e"_s + QString::number(entries.size()));
        entry[u"pattern"_s] = pattern;
        entry[u"hosts"_s] = QJsonArray{QString(pattern).remove(u"https://*."_s).prepend(u"x."_s)};
        entries.append(entry);
    }
    catalog[u"entries"_s] = entries;
    const QString matching = m_dir.filePath(u"matching-catalog.json"_s);
    QFile out(matching);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(catalog).toJson());
    out.close();
    const CliResult same =
        runCli({u"--compare-allowlist"_s, saved, u"--catalog"_s, matching, u"--format"_s, u"json"_s});
    QVERIFY2(same.exitCode == 0, same.standardOutput.constData());
    QCOMPARE(QJsonDocument::fromJson(same.standardOutput).object().value(u"drift"_s).toBool(), false);
}

void CliTest::compareAllowlistRefusesBadInput()
{
    const CliResult missing = runCli({u"--compare-allowlist"_s, m_dir.filePath(u"nope.json"_s)});
    QCOMPARE(missing.exitCode, 64);
    QVERIFY(QString::fromUtf8(missing.standardError).contains(u"nope.json"_s));

    const QString page = m_dir.filePath(u"blockpage.json"_s);
    QFile file(page);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<html><body>Access denied by policy</body></html>");
    file.close();
    const CliResult html = runCli({u"--compare-allowlist"_s, page});
    QCOMPARE(html.exitCode, 64);
    QVERIFY(QString::fromUtf8(html.standardError).contains(u"not JSON at line 1"_s));

    QCOMPARE(runCli({u"--compare-allowlist"_s, page, u"--list"_s}).exitCode, 64);
    QCOMPARE(runCli({u"--compare-allowlist"_s, page, u"--format"_s, u"html"_s}).exitCode, 64);
}

void CliTest::connectorChecksNoEdt()
{
    // The Cloud Connector never sends EDT: no role plans an address it does not use.
    RunSettings settings;
    settings.services = {u"gateway"_s};
    for (const Target& target : RunPlan::build(m_catalog, settings).targets)
        QVERIFY2(target.scheme != Scheme::Udp, qPrintable(target.id));
    settings.profile = Profile::Vda;
    const RunPlan vda = RunPlan::build(m_catalog, settings);
    QVERIFY(std::any_of(vda.targets.cbegin(), vda.targets.cend(),
                        [](const Target& t) { return t.scheme == Scheme::Udp; }));
    QVERIFY(!vda.services.contains(u"certificates"_s));
}

void CliTest::loopbackRunPasses()
{
    WebServers servers(m_leaf, m_ca);
    QVERIFY(servers.listen());
    QList<Target> targets;
    const QStringList arguments = loopbackArguments({u"wem"_s}, servers, &targets);
    // common and certificates come along: 6 https and 9 http targets (DigiCert's and Microsoft's
    // revocation hosts) besides WEM's API.
    QCOMPARE(targets.size(), 16);
    const QString jsonFile = m_dir.filePath(u"run.json"_s);
    const QString textFile = m_dir.filePath(u"run.txt"_s);
    QFile::remove(jsonFile);
    QFile::remove(textFile);

    const CliResult result = runCli(arguments + QStringList{u"--format"_s, u"json"_s, u"--output"_s, jsonFile,
                                                            u"--output"_s, textFile, u"--timeout"_s, u"2"_s});
    QVERIFY2(!result.crashed && !result.timedOut, result.standardError.constData());
    QVERIFY2(result.exitCode == 0, result.standardError.constData());

    QJsonObject report;
    QString problem;
    QVERIFY2(parseValidReport(result.standardOutput, &report, &problem), qPrintable(problem));
    QCOMPARE(report.value(u"summary"_s).toObject().value(u"verdict"_s).toString(), u"pass"_s);
    QCOMPARE(report.value(u"summary"_s).toObject().value(u"counts"_s).toObject().value(u"pass"_s).toInt(),
             int(targets.size()));
    QCOMPARE(report.value(u"cancelled"_s).toBool(true), false);
    QCOMPARE(report.value(u"settings"_s).toObject().value(u"services"_s).toArray(),
             (QJsonArray{u"common"_s, u"certificates"_s, u"wem"_s}));
    QCOMPARE(report.value(u"targets"_s).toArray().size(), targets.size());
    for (const Target& target : std::as_const(targets)) {
        const QJsonObject shown = targetById(report, target.id);
        QVERIFY2(!shown.isEmpty(), qPrintable(target.id));
        QCOMPARE(shown.value(u"verdict"_s).toString(), u"pass"_s);
        QCOMPARE(findingCodes(shown), QStringList());
    }
    QVERIFY(!targetById(report, u"https://"_s + kWemApiHost + u":443"_s).isEmpty());

    // Files: the JSON is the same report as stdout, and the text report exists.
    QCOMPARE(readFile(jsonFile), result.standardOutput);
    const QString text = QString::fromUtf8(readFile(textFile));
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(u"https://"_s + kWemApiHost + u":443"_s), qPrintable(text));

    // One progress line per finished target, numbered 1..N.
    QList<int> numbers = progressNumbers(result.standardError, int(targets.size()));
    std::sort(numbers.begin(), numbers.end());
    QList<int> expected;
    for (int i = 1; i <= targets.size(); ++i)
        expected << i;
    QCOMPARE(numbers, expected);

    QCOMPARE(servers.tls.requests(), 7);
    QCOMPARE(servers.http.requests(), 9);
}

void CliTest::loopbackRunWithUdpWarns()
{
    WebServers servers(m_leaf, m_ca);
    QVERIFY(servers.listen());
    QList<Target> targets;
    // EDT comes from the session host. Its target shares global-all.g.nssvc.net:443 with the https
    // target, so its datagrams go to the TLS server's port number, where nothing listens for UDP.
    m_profile = Profile::Vda;
    const QStringList arguments =
        loopbackArguments({u"gateway"_s}, servers, &targets) + QStringList{u"--profile"_s, u"vda"_s};
    const QString udpId = u"udp://global-all.g.nssvc.net:443"_s;
    QVERIFY(std::any_of(targets.cbegin(), targets.cend(), [&](const Target& t) { return t.id == udpId; }));

    const CliResult result = runCli(arguments + QStringList{u"--format"_s, u"json"_s, u"--timeout"_s, u"1"_s,
                                                            u"--concurrency"_s, u"4"_s});
    QVERIFY2(!result.crashed && !result.timedOut, result.standardError.constData());
    QJsonObject report;
    QString problem;
    QVERIFY2(parseValidReport(result.standardOutput, &report, &problem), qPrintable(problem));

    // Every TCP target passes; the one recommended UDP target warns, so the run warns: exit 1.
    for (const Target& target : std::as_const(targets)) {
        const QJsonObject shown = targetById(report, target.id);
        if (target.id == udpId) {
            QCOMPARE(shown.value(u"verdict"_s).toString(), u"warn"_s);
            QCOMPARE(findingCodes(shown), QStringList{u"UDP_BLOCKED"_s});
        } else {
            QVERIFY2(shown.value(u"verdict"_s).toString() == u"pass", qPrintable(target.id));
        }
    }
    QCOMPARE(report.value(u"summary"_s).toObject().value(u"verdict"_s).toString(), u"warn"_s);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(progressNumbers(result.standardError, int(targets.size())).size(), targets.size());
}

void CliTest::hostGroupNotRunOnLinux()
{
    // No fake host: on Linux the host group is not run, says why, and does not change the verdict.
    WebServers servers(m_leaf, m_ca);
    QVERIFY(servers.listen());
    QList<Target> targets;
    const QStringList arguments = loopbackArguments({u"wem"_s}, servers, &targets);
    QProcessEnvironment environment = cliEnvironment();
    environment.remove(QString::fromLatin1(platform::FakeHost::kVariable));
    const QString textFile = m_dir.filePath(u"host-not-run.txt"_s);
    const CliResult result =
        runCli(arguments + QStringList{u"--profile"_s, u"connector"_s, u"--format"_s, u"json"_s,
                                       u"--output"_s, textFile, u"--timeout"_s, u"2"_s},
               environment);
    QVERIFY2(!result.crashed && !result.timedOut, result.standardError.constData());
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    QJsonObject report;
    QString problem;
    QVERIFY2(parseValidReport(result.standardOutput, &report, &problem), qPrintable(problem));
    const QJsonObject host = report.value(u"host"_s).toObject();
    QCOMPARE(host.value(u"verdict"_s).toString(), u"not_run"_s);
    QCOMPARE(host.value(u"source"_s).toString(), u"none"_s);
    QVERIFY2(host.value(u"reason"_s).toString().contains(u"need Windows"_s),
             qPrintable(host.value(u"reason"_s).toString()));
    const QString text = QString::fromUtf8(readFile(textFile));
    QVERIFY2(text.contains(u"This machine (host checks): NOT CHECKED"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Host checks need Windows"_s), qPrintable(text));
}

void CliTest::fakeHostWithTls12OffNamesTheKey()
{
    // CLOUDCHECK_FAKE_HOST (tests only) describes a Connector with TLS 1.2 switched off: the run
    // fails and the report names the registry key and the command that fixes it.
    WebServers servers(m_leaf, m_ca);
    QVERIFY(servers.listen());
    QList<Target> targets;
    const QStringList arguments = loopbackArguments({u"wem"_s}, servers, &targets);
    const QString fakeFile = m_dir.filePath(u"fake-host-tls12-off.json"_s);
    QVERIFY(FakeHostBuilder::healthyConnector()
                .value(QString::fromLatin1(readiness::Tls12ClientRule::kKey), u"Enabled"_s, 0)
                .write(fakeFile));
    QProcessEnvironment environment = cliEnvironment();
    environment.insert(QString::fromLatin1(platform::FakeHost::kVariable), fakeFile);
    const QString jsonFile = m_dir.filePath(u"host-fake.json"_s);
    const CliResult result = runCli(arguments + QStringList{u"--profile"_s, u"connector"_s, u"--output"_s,
                                                            jsonFile, u"--timeout"_s, u"2"_s},
                                    environment);
    QVERIFY2(!result.crashed && !result.timedOut, result.standardError.constData());
    QCOMPARE(result.exitCode, 2);
    const QString key =
        u"HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client"_s;
    const QString text = QString::fromUtf8(result.standardOutput);
    QVERIFY2(text.contains(u"HOST_TLS12_DISABLED"_s), qPrintable(text));
    QVERIFY2(text.contains(u"reg add \""_s + key + u"\" /v Enabled /t REG_DWORD /d 1 /f"_s),
             qPrintable(text));
    QVERIFY2(text.contains(fakeFile), qPrintable(text)); // says the facts came from a fake

    QJsonObject report;
    QString problem;
    QVERIFY2(parseValidReport(readFile(jsonFile), &report, &problem), qPrintable(problem));
    QCOMPARE(report.value(u"summary"_s).toObject().value(u"verdict"_s).toString(), u"fail"_s);
    QCOMPARE(report.value(u"summary"_s).toObject().value(u"counts"_s).toObject().value(u"pass"_s).toInt(),
             int(targets.size()));
    const QJsonObject host = report.value(u"host"_s).toObject();
    QCOMPARE(host.value(u"source"_s).toString(), u"fake"_s);
    QCOMPARE(host.value(u"verdict"_s).toString(), u"fail"_s);
    QCOMPARE(host.value(u"checks"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"details"_s)
                 .toObject()
                 .value(u"key"_s)
                 .toString(),
             key);
}

void CliTest::refusedTargetFailsTheRun()
{
    WebServers servers(m_leaf, m_ca);
    QVERIFY(servers.listen());
    const quint16 refused = refusedPort();
    QVERIFY(refused != 0);
    QList<Target> targets;
    const QStringList arguments = loopbackArguments(
        {u"wem"_s},
        [&](const Target& target) { return target.host == kWemApiHost ? refused : servers.portFor(target); },
        &targets);
    const CliResult result =
        runCli(arguments + QStringList{u"--format"_s, u"json"_s, u"--timeout"_s, u"2"_s});
    QVERIFY2(!result.crashed && !result.timedOut, result.standardError.constData());
    QCOMPARE(result.exitCode, 2);

    QJsonObject report;
    QString problem;
    QVERIFY2(parseValidReport(result.standardOutput, &report, &problem), qPrintable(problem));
    QCOMPARE(report.value(u"summary"_s).toObject().value(u"verdict"_s).toString(), u"fail"_s);
    const QJsonObject counts = report.value(u"summary"_s).toObject().value(u"counts"_s).toObject();
    QCOMPARE(counts.value(u"fail"_s).toInt(), 1);
    QCOMPARE(counts.value(u"pass"_s).toInt(), int(targets.size()) - 1);
    const QJsonObject wem = targetById(report, u"https://"_s + kWemApiHost + u":443"_s);
    QCOMPARE(wem.value(u"verdict"_s).toString(), u"fail"_s);
    QCOMPARE(findingCodes(wem), QStringList{u"TCP_REFUSED"_s});
    QCOMPARE(report.value(u"summary"_s)
                 .toObject()
                 .value(u"byService"_s)
                 .toObject()
                 .value(u"wem"_s)
                 .toObject()
                 .value(u"verdict"_s)
                 .toString(),
             u"fail"_s);
    // The progress line names the failure.
    QVERIFY2(result.standardError.contains(
                 QByteArray("FAILED https://" + kWemApiHost.toLatin1() + ":443 (TCP_REFUSED)")),
             result.standardError.constData());
}

void CliTest::systemProxyFromTheEnvironment()
{
    // A proxy that refuses every CONNECT by policy, the way squid does.
    PlainHttpServer proxy;
    proxy.setResponse("HTTP/1.1 403 Forbidden\r\nX-Squid-Error: ERR_ACCESS_DENIED 0\r\nVia: 1.1 corp-proxy "
                      "(squid/5.7)\r\nContent-Length: 0\r\n\r\n");
    QVERIFY(proxy.listen());
    const QString secret = u"s3cret-Pw"_s;
    const QString proxyUrl = u"http://alice:%1@127.0.0.1:%2"_s.arg(secret, QString::number(proxy.port()));
    QProcessEnvironment environment = cliEnvironment();
    environment.insert(u"https_proxy"_s, proxyUrl);
    environment.insert(u"HTTP_PROXY"_s, proxyUrl);
    environment.insert(u"no_proxy"_s, u"localhost,.corp.example"_s);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString textReport = dir.filePath(u"report.txt"_s);
    const QString logFile = dir.filePath(u"run.log"_s);
    // Every name stays pinned, so the informational lookups beside the proxy never leave the machine.
    const QStringList arguments =
        QStringList{u"--services"_s, u"wem"_s,        u"--format"_s, u"json"_s,     u"--output"_s,
                    textReport,      u"--log-file"_s, logFile,       u"--verbose"_s} +
        safetyPins();
    const CliResult result = CliRunner::run(CliRunner::cliPath(), arguments, 60000, environment);
    QVERIFY2(!result.crashed && !result.timedOut, result.standardError.constData());
    QCOMPARE(result.exitCode, 2);

    QJsonObject report;
    QString problem;
    QVERIFY2(parseValidReport(result.standardOutput, &report, &problem), qPrintable(problem));
    const QString authority = u"127.0.0.1:"_s + QString::number(proxy.port());
    QCOMPARE(report.value(u"environment"_s).toObject().value(u"systemProxy"_s).toString(),
             u"http://"_s + authority);
    const QJsonObject wem = targetById(report, u"https://"_s + kWemApiHost + u":443"_s);
    const QJsonObject route = wem.value(u"route"_s).toObject();
    QCOMPARE(route.value(u"kind"_s).toString(), u"proxy"_s);
    QCOMPARE(route.value(u"source"_s).toString(), u"environment"_s);
    QCOMPARE(route.value(u"origin"_s).toString(), u"https_proxy"_s);
    QCOMPARE(route.value(u"proxy"_s).toString(), authority);
    QCOMPARE(findingCodes(wem), QStringList{u"PROXY_DENIED"_s});
    const QString message =
        wem.value(u"findings"_s).toArray().first().toObject().value(u"message"_s).toString();
    QVERIFY2(message.contains(u"X-Squid-Error: ERR_ACCESS_DENIED 0"_s) && message.contains(u"corp-proxy"_s),
             qPrintable(message));
    const QList<QByteArray> heads = proxy.requestHeads();
    QVERIFY2(std::any_of(heads.cbegin(), heads.cend(),
                         [](const QByteArray& head) { return head.startsWith("CONNECT "); }),
             proxy.lastRequest().constData());

    // The proxy's credentials never reach any output: not stdout, stderr, the text report or the log.
    QFile text(textReport);
    QVERIFY(text.open(QIODevice::ReadOnly));
    const QByteArray textBytes = text.readAll();
    const QByteArray pathLine =
        "Path: Through the proxy " + authority.toUtf8() + ", from the https_proxy environment variable";
    QVERIFY2(textBytes.contains(pathLine), textBytes.constData());
    QFile log(logFile);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logBytes = log.readAll();
    QVERIFY(!logBytes.isEmpty());
    const QByteArray basic = QByteArray("alice:" + secret.toUtf8()).toBase64();
    for (const QByteArray& output : {result.standardOutput, result.standardError, textBytes, logBytes}) {
        QVERIFY(!output.contains(secret.toUtf8()));
        QVERIFY(!output.contains(basic));
        QVERIFY(!output.contains("alice"));
        QVERIFY(!output.contains("Proxy-Authorization"));
    }
}

void CliTest::redactMasksEveryOutput()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString textReport = dir.filePath(u"shared.txt"_s);
    const QString jsonReport = dir.filePath(u"shared.json"_s);
    const QStringList arguments =
        QStringList{u"--services"_s, u"daas"_s,     u"--customer-id"_s, kCustomerId, u"--redact"_s,
                    u"--format"_s,   u"json"_s,     u"--timeout"_s,     u"1"_s,      u"--output"_s,
                    textReport,      u"--output"_s, jsonReport} +
        safetyPins();
    const CliResult result = runCli(arguments);
    QVERIFY2(!result.crashed && !result.timedOut, result.standardError.constData());
    QFile text(textReport);
    QVERIFY(text.open(QIODevice::ReadOnly));
    QFile json(jsonReport);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray machine = QSysInfo::machineHostName().toUtf8();
    for (const QByteArray& output :
         {result.standardOutput, result.standardError, text.readAll(), json.readAll()}) {
        QVERIFY(!output.isEmpty());
        QVERIFY2(!output.toLower().contains(kCustomerId.toLower().toUtf8()), output.constData());
        if (machine.size() >= 3)
            QVERIFY2(!output.toLower().contains(machine.toLower()), output.constData());
    }
    QVERIFY(result.standardOutput.contains("redacted-customer-id.apps.citrixworkspacesapi.jp"));
    QVERIFY(result.standardError.contains("redacted-customer-id"));
    QJsonObject report;
    QString problem;
    QVERIFY2(parseValidReport(result.standardOutput, &report, &problem), qPrintable(problem));
    QCOMPARE(report.value(u"environment"_s).toObject().value(u"hostname"_s).toString(),
             u"redacted-machine"_s);
}

// Runs that end on faults (a silent handshake, a reset right after the ClientHello, a refused
// port) must end cleanly every time. Under the asan preset this is the leak regression test: the
// sanitizer makes a leaking process exit with its own code, so the exit code check catches it.
void CliTest::faultyNetworkRunsEndCleanly()
{
    SilentServer silent;
    QVERIFY(silent.listen());
    QTcpServer resetting;
    QVERIFY(resetting.listen(QHostAddress::LocalHost, 0));
    connect(&resetting, &QTcpServer::newConnection, this, [&resetting] {
        while (QTcpSocket* socket = resetting.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                socket->abort(); // unread ClientHello: the kernel answers with a reset
                socket->deleteLater();
            });
        }
    });
    const quint16 refused = refusedPort();
    QVERIFY(refused != 0);
    int index = 0;
    QList<Target> targets;
    const QStringList arguments = loopbackArguments(
        {u"daas"_s, u"wem"_s, u"gateway"_s},
        [&](const Target&) {
            const quint16 ports[] = {silent.port(), resetting.serverPort(), refused};
            return ports[index++ % 3];
        },
        &targets);
    for (int run = 0; run < 5; ++run) {
        const CliResult result =
            runCli(arguments + QStringList{u"--format"_s, u"json"_s, u"--timeout"_s, u"1"_s}, 30000);
        QVERIFY2(!result.crashed && !result.timedOut, result.standardError.constData());
        QVERIFY2(!result.standardError.contains("Sanitizer"), result.standardError.constData());
        QCOMPARE(result.exitCode, 2);
        QJsonObject report;
        QString problem;
        QVERIFY2(parseValidReport(result.standardOutput, &report, &problem), qPrintable(problem));
    }
}

void CliTest::japaneseReportUsesCatalogTexts()
{
    WebServers servers(m_leaf, m_ca);
    QVERIFY(servers.listen());
    QList<Target> targets;
    const QStringList arguments = loopbackArguments({u"wem"_s}, servers, &targets);
    const QString textFile = m_dir.filePath(u"run-ja.txt"_s);
    const CliResult result = runCli(arguments + QStringList{u"--lang"_s, u"ja"_s, u"--timeout"_s, u"2"_s,
                                                            u"--no-color"_s, u"--output"_s, textFile});
    QVERIFY2(result.exitCode == 0, result.standardError.constData());

    const QString stdoutText = QString::fromUtf8(result.standardOutput);
    const QString fileText = QString::fromUtf8(readFile(textFile));
    for (const QString& id : {u"common"_s, u"certificates"_s, u"wem"_s}) {
        const Service* service = m_catalog.service(id);
        QVERIFY(service);
        const QString japanese = service->name.text(Language::Japanese);
        QVERIFY(japanese != service->name.text(Language::English));
        QVERIFY2(stdoutText.contains(japanese), qPrintable(japanese + u" not in:\n"_s + stdoutText));
        QVERIFY2(fileText.contains(japanese), qPrintable(japanese));
    }
    QVERIFY(stdoutText.contains(u"共通アドレス"_s));
    // The service names above come from the catalog, which has them in Japanese whatever the
    // translator does. The report's own words only come from the translator.
    for (const QString& text : {stdoutText, fileText}) {
        QVERIFY2(text.contains(u"結果: "_s), qPrintable(text));
        QVERIFY2(text.contains(u"成功 "_s), qPrintable(text));
        QVERIFY2(!text.contains(u"Result: "_s), qPrintable(text));
        QVERIFY2(!text.contains(u" passed, "_s), qPrintable(text));
    }
}

void CliTest::htmlReportOnStdoutAndFile()
{
    // `--format html --lang ja -o report.html`: the same document on stdout and in the file,
    // which the wizard's Export HTML writes too (tst_wizard).
    WebServers servers(m_leaf, m_ca);
    QVERIFY(servers.listen());
    QList<Target> targets;
    const QStringList arguments = loopbackArguments({u"wem"_s}, servers, &targets);
    const QString htmlFile = m_dir.filePath(u"run-ja.html"_s);
    const CliResult result = runCli(arguments + QStringList{u"--lang"_s, u"ja"_s, u"--timeout"_s, u"2"_s,
                                                            u"--format"_s, u"html"_s, u"-o"_s, htmlFile});
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    const QByteArray file = readFile(htmlFile);
    QCOMPARE(result.standardOutput, file);
    QVERIFY(file.startsWith("<!DOCTYPE html>"));
    QVERIFY(file.contains("lang=\"ja\""));
    QVERIFY(file.contains(u"優先して対処すべき問題"_s.toUtf8()));
}

void CliTest::noInternetRunFailsOnDns()
{
    // The one run without pins, made deterministic: the built-in catalog with every host moved
    // under ".invalid" (RFC 6761), a name that never resolves. A resolver that answers says
    // NXDOMAIN; a machine without one gets SERVFAIL or our own timeout. Either way DNS is all
    // the run can do, on every machine, so it never goes online and never skips.
    // (glibc does send the query: strace shows it. Only the answer is certain, not its source.)
    QFile builtIn(CatalogLoader::builtInPath());
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    QJsonObject catalog = QJsonDocument::fromJson(builtIn.readAll()).object();
    QJsonArray entries;
    for (const QJsonValue& value : catalog.value(u"entries"_s).toArray()) {
        QJsonObject entry = value.toObject();
        QJsonArray hosts;
        for (const QJsonValue& host : entry.value(u"hosts"_s).toArray())
            hosts.append(QString(host.toString() + u".invalid"_s));
        entry.insert(u"hosts"_s, hosts);
        QJsonArray samples; // a certificate authority's sample URLs stay on its hosts
        for (const QJsonValue& sample : entry.value(u"sampleUrls"_s).toArray()) {
            QUrl url(sample.toString());
            url.setHost(url.host() + u".invalid"_s);
            samples.append(url.toString(QUrl::FullyEncoded));
        }
        if (!samples.isEmpty())
            entry.insert(u"sampleUrls"_s, samples);
        entries.append(entry);
    }
    QVERIFY(!entries.isEmpty());
    catalog.insert(u"entries"_s, entries);
    const QString catalogFile = m_dir.filePath(u"invalid-hosts.json"_s);
    QVERIFY(writeFile(catalogFile, QJsonDocument(catalog).toJson()));

    const CliResult result = runCli({u"--catalog"_s, catalogFile, u"--proxy"_s, u"none"_s, u"--format"_s,
                                     u"json"_s, u"--timeout"_s, u"3"_s},
                                    30000);
    QVERIFY2(!result.timedOut, "the run did not finish within 30 s");
    QVERIFY2(!result.crashed, result.standardError.constData());
    QCOMPARE(result.exitCode, 2);
    QJsonObject report;
    QString problem;
    QVERIFY2(parseValidReport(result.standardOutput, &report, &problem), qPrintable(problem));
    QCOMPARE(report.value(u"summary"_s).toObject().value(u"verdict"_s).toString(), u"fail"_s);

    const QSet<QString> dnsCodes{u"DNS_NXDOMAIN"_s, u"DNS_SERVFAIL"_s, u"DNS_TIMEOUT"_s};
    int ran = 0;
    for (const QJsonValue& value : report.value(u"targets"_s).toArray()) {
        const QJsonObject target = value.toObject();
        const QString id = target.value(u"id"_s).toString();
        const QJsonArray steps = target.value(u"steps"_s).toArray();
        QVERIFY2(!steps.isEmpty(), qPrintable(id));
        const QJsonObject dns = steps.first().toObject();
        QCOMPARE(dns.value(u"step"_s).toString(), u"dns"_s);
        if (dns.value(u"details"_s).toObject().value(u"reason"_s).toString() == u"needs_customer_id") {
            QCOMPARE(target.value(u"verdict"_s).toString(), u"not_run"_s);
            continue;
        }
        ++ran;
        QCOMPARE(dns.value(u"verdict"_s).toString(), u"fail"_s);
        const QStringList codes = findingCodes(target);
        QCOMPARE(codes.size(), 1);
        QVERIFY2(dnsCodes.contains(codes.first()), qPrintable(id + u": "_s + codes.first()));
        // Nothing after DNS ran: no connection was attempted.
        for (qsizetype i = 1; i < steps.size(); ++i) {
            const QJsonObject step = steps.at(i).toObject();
            QCOMPARE(step.value(u"verdict"_s).toString(), u"not_run"_s);
            QCOMPARE(step.value(u"details"_s).toObject().value(u"blockedBy"_s).toString(), u"dns"_s);
        }
        QVERIFY(target.value(u"verdict"_s).toString() == u"fail" ||
                target.value(u"verdict"_s).toString() == u"warn");
    }
    QVERIFY(ran > 0);
    QCOMPARE(progressNumbers(result.standardError, int(report.value(u"targets"_s).toArray().size())).size(),
             report.value(u"targets"_s).toArray().size());

    // The run read as a whole says it once: the machine's DNS, not each address, is the problem.
    const QJsonArray problems = report.value(u"summary"_s).toObject().value(u"topProblems"_s).toArray();
    QCOMPARE(problems.size(), 1);
    const QJsonObject first = problems.first().toObject();
    QVERIFY2(dnsCodes.contains(first.value(u"code"_s).toString()),
             qPrintable(first.value(u"code"_s).toString()));
    QCOMPARE(
        first.value(u"message"_s).toString(),
        u"None of the %1 addresses could be resolved: this machine does not resolve public internet names."_s
            .arg(ran));
    QCOMPARE(first.value(u"targets"_s).toArray().size(), ran);
}

void CliTest::missingCustomerIdWarns()
{
    WebServers servers(m_leaf, m_ca);
    QVERIFY(servers.listen());
    QList<Target> targets;
    const QStringList arguments = loopbackArguments({u"daas"_s}, servers, &targets, QString());
    const CliResult result =
        runCli(arguments + QStringList{u"--format"_s, u"json"_s, u"--timeout"_s, u"2"_s});
    QVERIFY2(!result.crashed && !result.timedOut, result.standardError.constData());

    QJsonObject report;
    QString problem;
    QVERIFY2(parseValidReport(result.standardOutput, &report, &problem), qPrintable(problem));
    QCOMPARE(report.value(u"settings"_s).toObject().value(u"customerIdGiven"_s).toBool(true), false);
    // Everything probed passes; the Customer ID host is required but unchecked: warn, exit 1.
    const QJsonObject unchecked =
        targetById(report, u"https://{customerId}.apps.citrixworkspacesapi.jp:443"_s);
    QCOMPARE(unchecked.value(u"verdict"_s).toString(), u"not_run"_s);
    QVERIFY(!unchecked.value(u"reason"_s).toString().isEmpty());
    const QJsonObject counts = report.value(u"summary"_s).toObject().value(u"counts"_s).toObject();
    QCOMPARE(counts.value(u"not_run"_s).toInt(), 1);
    QCOMPARE(counts.value(u"pass"_s).toInt(), int(targets.size()));
    QCOMPARE(report.value(u"summary"_s).toObject().value(u"verdict"_s).toString(), u"warn"_s);
    QCOMPARE(result.exitCode, 1);
}

void CliTest::interruptWritesCancelledReport_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void CliTest::interruptWritesCancelledReport()
{
    QFETCH(int, signalNumber);
    SilentServer silent;
    QVERIFY(silent.listen());
    const quint16 refused = refusedPort();
    QVERIFY(refused != 0);
    QList<Target> targets;
    // WEM's API is refused at once, so a progress line arrives quickly; the other https targets
    // hang in the TLS handshake for the whole 10 s timeout, and the certificate authorities'
    // hosts wait for their chains (decision 40), so the run is still going when interrupted.
    QStringList arguments = loopbackArguments(
        {u"wem"_s},
        [&](const Target& target) {
            return target.scheme == Scheme::Http || target.host == kWemApiHost ? refused : silent.port();
        },
        &targets);
    // docs/cli.md: the partial report also goes to every --output.
    const QString jsonFile = m_dir.filePath(u"interrupted.json"_s);
    QFile::remove(jsonFile);
    arguments += QStringList{u"--format"_s, u"json"_s, u"--timeout"_s, u"10"_s, u"--output"_s, jsonFile};

    QProcess process;
    process.setProgram(CliRunner::cliPath());
    process.setArguments(arguments);
    process.setProcessEnvironment(cliEnvironment());
    process.setStandardInputFile(QProcess::nullDevice());
    QByteArray standardError;
    QByteArray standardOutput;
    connect(&process, &QProcess::readyReadStandardError, this,
            [&] { standardError += process.readAllStandardError(); });
    connect(&process, &QProcess::readyReadStandardOutput, this,
            [&] { standardOutput += process.readAllStandardOutput(); });
    process.start();
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));

    // The event loop keeps spinning, so the silent server accepts while we wait.
    const bool progressed = QTest::qWaitFor([&] { return standardError.contains('['); }, 15000);
    if (!progressed) {
        process.kill();
        process.waitForFinished(5000);
        QFAIL(qPrintable(u"no progress line: "_s + QString::fromUtf8(standardError)));
    }
    QVERIFY2(standardError.contains("[1/"), standardError.constData());
    QVERIFY(process.state() == QProcess::Running);

    QElapsedTimer clock;
    clock.start();
    QCOMPARE(::kill(pid_t(process.processId()), signalNumber), 0);
    const bool exited = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 10000);
    const qint64 exitMs = clock.elapsed();
    if (!exited) {
        process.kill();
        process.waitForFinished(5000);
        QFAIL("cloudcheck-cli ignored the signal");
    }
    standardOutput += process.readAllStandardOutput();
    standardError += process.readAllStandardError();
    QVERIFY2(exitMs < 2000, qPrintable(QString::number(exitMs)));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    // The refused target failed before the interrupt, so the partial run fails.
    QCOMPARE(process.exitCode(), 2);

    QJsonObject report;
    QString problem;
    QVERIFY2(parseValidReport(standardOutput, &report, &problem), qPrintable(problem));
    QCOMPARE(report.value(u"cancelled"_s).toBool(), true);
    QCOMPARE(report.value(u"targets"_s).toArray().size(), targets.size());
    int notRun = 0;
    for (const QJsonValue& value : report.value(u"targets"_s).toArray()) {
        const QJsonObject target = value.toObject();
        QVERIFY(target.value(u"verdict"_s).toString() != u"pass");
        if (target.value(u"verdict"_s).toString() == u"not_run") {
            ++notRun;
            QVERIFY(!target.value(u"reason"_s).toString().isEmpty());
        }
    }
    QVERIFY(notRun > 0);
    QCOMPARE(readFile(jsonFile), standardOutput);
    QVERIFY(standardError.contains("Cancelling"));
}

void CliTest::secondInterruptExitsAt130()
{
    SilentServer silent;
    QVERIFY(silent.listen());
    QList<Target> targets;
    // Every target hangs in the TLS handshake for the whole 10 s timeout.
    QStringList arguments = loopbackArguments(
        {u"wem"_s}, [&](const Target&) { return silent.port(); }, &targets);
    arguments += QStringList{u"--format"_s, u"json"_s, u"--timeout"_s, u"10"_s};

    QProcess process;
    process.setProgram(CliRunner::cliPath());
    process.setArguments(arguments);
    process.setProcessEnvironment(cliEnvironment());
    process.setStandardInputFile(QProcess::nullDevice());
    QByteArray standardError;
    connect(&process, &QProcess::readyReadStandardError, this,
            [&] { standardError += process.readAllStandardError(); });
    process.start();
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    // The probes are under way once the silent server has their connections.
    const bool probing = QTest::qWaitFor([&] { return silent.acceptedCount() > 0; }, 15000);
    if (!probing) {
        process.kill();
        process.waitForFinished(5000);
        QFAIL(qPrintable(u"no connection arrived: "_s + QString::fromUtf8(standardError)));
    }

    // Two interrupts, neither lost to the other: delivered while the process is stopped, both
    // are pending when it continues (two SIGINTs would merge into one pending signal, so the
    // second is a SIGTERM, which the CLI treats the same). The first cancels; the second must
    // end the process at once instead of waiting for the cancelled run to be reported.
    const auto pid = pid_t(process.processId());
    QCOMPARE(::kill(pid, SIGSTOP), 0);
    QCOMPARE(::kill(pid, SIGINT), 0);
    QCOMPARE(::kill(pid, SIGTERM), 0);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(::kill(pid, SIGCONT), 0);
    const bool exited = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 10000);
    if (!exited) {
        process.kill();
        process.waitForFinished(5000);
        QFAIL("cloudcheck-cli ignored the interrupts");
    }
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    // Exit at once: no report was written.
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
