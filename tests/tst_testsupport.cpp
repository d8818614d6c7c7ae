// Checks the loopback servers, certificate factory, CLI runner and schema validator that every
// integration test builds on, so a failure there is not mistaken for a CloudCheck bug.
#include "CertificateFactory.h"
#include "CliRunner.h"
#include "HttpMessages.h"
#include "LoopbackPorts.h"
#include "PlainHttpServer.h"
#include "ReportSchema.h"
#include "SilentServer.h"
#include "TlsTestServer.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace cctest;
using namespace Qt::StringLiterals;

namespace {

const QString kServiceName = u"probe.cloudcheck.test"_s;
constexpr int kWaitMs = 5000;

struct TlsOutcome
{
    bool encrypted = false;
    QList<QSslError::SslError> errors;
    QByteArray received;
    bool stillConnected = false;
};

// A client that trusts exactly `trusted` and sends one GET; waits `settleMs` after the request
// for servers that are expected to stay silent.
TlsOutcome fetchOverTls(const QHostAddress& address, quint16 port, const QList<QSslCertificate>& trusted,
                        const QString& verifyName, int settleMs = 0)
{
    TlsOutcome outcome;
    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(trusted);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(configuration);

    QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&outcome](const QList<QSslError>& errors) {
        for (const QSslError& error : errors)
            outcome.errors.append(error.error());
    });
    QObject::connect(&socket, &QSslSocket::encrypted, &socket, [&] {
        outcome.encrypted = true;
        socket.write("GET / HTTP/1.1\r\nHost: " + verifyName.toLatin1() + "\r\nUser-Agent: tst\r\n\r\n");
    });
    QObject::connect(&socket, &QIODevice::readyRead, &socket, [&] { outcome.received += socket.readAll(); });

    socket.connectToHostEncrypted(address.toString(), port, verifyName);
    const bool ended = QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; },
                                       settleMs > 0 ? settleMs : kWaitMs);
    outcome.stillConnected = !ended && socket.state() == QAbstractSocket::ConnectedState;
    return outcome;
}

} // namespace

class TestSupportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void httpDateIsImfFixdate();
    void leafVerifiesAgainstItsCa();
    void tlsServerListensOnIpv6Loopback();
    void expiredLeafIsRejected();
    void wrongNameIsRejected();
    void foreignCaIsRejected();
    void stalledTlsServerNeverAnswers();
    void writePemRoundTrips();
    void plainHttpServerSendsRawBytes();
    void silentServerAcceptsButNeverWrites();
    void serverDestroyedWithOpenTlsConnection();
    void refusedPortRefuses();
    void serversRefuseNonLoopbackAddresses();
    void cliRunnerCapturesOutputAndExitCode();
    void cliRunnerTimesOut();
    void cliRunnerReportsMissingProgram();
    void cliRunnerKeepsEventLoopRunning();
    void reportSchemaRejectsEmptyObject();
    void reportSchemaValidatorReportsPaths();

private:
    TestIdentity m_ca;
    TestIdentity m_leaf;
};

void TestSupportTest::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    m_ca = CertificateFactory::createCa(u"CloudCheck Test Root"_s, u"CloudCheck Tests"_s);
    QVERIFY(!m_ca.isNull());
    CertificateFactory::LeafOptions options;
    options.dnsNames = {kServiceName, u"*.cloudcheck.test"_s};
    m_leaf = CertificateFactory::createLeaf(m_ca, kServiceName, options);
    QVERIFY(!m_leaf.isNull());
}

void TestSupportTest::init()
{
    // The servers must swallow rejected handshakes silently; any warning is a support bug.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestSupportTest::httpDateIsImfFixdate()
{
    const QDateTime time(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QCOMPARE(httpDate(time), QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
    QVERIFY(okResponse(time).startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(okResponse(time).endsWith("\r\n\r\n"));
}

void TestSupportTest::leafVerifiesAgainstItsCa()
{
    QCOMPARE(m_leaf.issuers, QList<QSslCertificate>{m_ca.certificate});
    QVERIFY(m_ca.issuers.isEmpty());
    QVERIFY(m_ca.certificate.isSelfSigned());
    QStringList sans = m_leaf.certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    sans.sort();
    QCOMPARE(sans, (QStringList{u"*.cloudcheck.test"_s, kServiceName}));
    QVERIFY(m_leaf.certificate.serialNumber() != m_ca.certificate.serialNumber());

    TlsTestServer server(m_leaf);
    QVERIFY(server.listen());
    QCOMPARE(server.serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(server.port() != 0);

    const TlsOutcome outcome =
        fetchOverTls(server.serverAddress(), server.port(), {m_ca.certificate}, kServiceName);
    QVERIFY2(outcome.errors.isEmpty(), qPrintable(QString::number(outcome.errors.size())));
    QVERIFY(outcome.encrypted);
    QVERIFY2(outcome.received.startsWith("HTTP/1.1 200 OK\r\n"), outcome.received.constData());
    QVERIFY(outcome.received.contains("\r\nDate: "));
    QVERIFY(outcome.received.contains("\r\nContent-Length: 0\r\n"));
    QCOMPARE(server.handshakes(), 1);
    QCOMPARE(server.failedHandshakes(), 0);
    QCOMPARE(server.requests(), 1);
    QVERIFY(server.lastRequest().startsWith("GET / HTTP/1.1\r\n"));
    QVERIFY(server.lastRequest().endsWith("\r\n\r\n"));
}

void TestSupportTest::tlsServerListensOnIpv6Loopback()
{
    TlsTestServer server(m_leaf);
    if (!server.listen(QHostAddress(QHostAddress::LocalHostIPv6)))
        QSKIP("::1 is not available on this machine");
    const TlsOutcome outcome =
        fetchOverTls(server.serverAddress(), server.port(), {m_ca.certificate}, kServiceName);
    QVERIFY(outcome.errors.isEmpty());
    QVERIFY(outcome.received.startsWith("HTTP/1.1 200 OK\r\n"));
}

void TestSupportTest::expiredLeafIsRejected()
{
    CertificateFactory::LeafOptions options;
    options.dnsNames = {kServiceName};
    options.notAfter = QDateTime::currentDateTimeUtc().addDays(-2);
    const TestIdentity expired = CertificateFactory::createLeaf(m_ca, kServiceName, options);
    QVERIFY(!expired.isNull());
    QVERIFY(expired.certificate.effectiveDate() < expired.certificate.expiryDate());

    TlsTestServer server(expired);
    QVERIFY(server.listen());
    const TlsOutcome outcome =
        fetchOverTls(server.serverAddress(), server.port(), {m_ca.certificate}, kServiceName);
    QVERIFY(outcome.errors.contains(QSslError::CertificateExpired));
    QVERIFY(!outcome.encrypted);
    QTRY_COMPARE(server.failedHandshakes(), 1);
    QCOMPARE(server.handshakes(), 0);
    QCOMPARE(server.requests(), 0);
    QVERIFY(server.lastRequest().isEmpty());
}

void TestSupportTest::wrongNameIsRejected()
{
    CertificateFactory::LeafOptions options;
    options.dnsNames = {u"other.example.test"_s};
    const TestIdentity wrongName = CertificateFactory::createLeaf(m_ca, u"other.example.test"_s, options);
    QVERIFY(!wrongName.isNull());

    TlsTestServer server(wrongName);
    QVERIFY(server.listen());
    const TlsOutcome outcome =
        fetchOverTls(server.serverAddress(), server.port(), {m_ca.certificate}, kServiceName);
    QVERIFY(outcome.errors.contains(QSslError::HostNameMismatch));
    QVERIFY(!outcome.errors.contains(QSslError::CertificateExpired));
    QCOMPARE(server.requests(), 0);
}

void TestSupportTest::foreignCaIsRejected()
{
    const TestIdentity otherCa = CertificateFactory::createCa(u"Somebody Else"_s, u"Elsewhere"_s);
    QVERIFY(!otherCa.isNull());
    TlsTestServer server(m_leaf);
    QVERIFY(server.listen());
    const TlsOutcome outcome =
        fetchOverTls(server.serverAddress(), server.port(), {otherCa.certificate}, kServiceName);
    QVERIFY(!outcome.errors.isEmpty());
    QVERIFY(!outcome.encrypted);
    QCOMPARE(server.requests(), 0);
}

void TestSupportTest::stalledTlsServerNeverAnswers()
{
    TlsTestServer server(m_leaf);
    server.setRespond(false);
    QVERIFY(server.listen());
    const TlsOutcome outcome =
        fetchOverTls(server.serverAddress(), server.port(), {m_ca.certificate}, kServiceName, 300);
    QVERIFY(outcome.encrypted);
    QVERIFY(outcome.errors.isEmpty());
    QVERIFY(outcome.stillConnected);
    QVERIFY(outcome.received.isEmpty());
    QCOMPARE(server.handshakes(), 1);
    QCOMPARE(server.requests(), 1);
}

void TestSupportTest::writePemRoundTrips()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"chain.pem"_s);
    QVERIFY(CertificateFactory::writePem(path, {m_leaf.certificate, m_ca.certificate}));
    QCOMPARE(QSslCertificate::fromPath(path), (QList<QSslCertificate>{m_leaf.certificate, m_ca.certificate}));
    QVERIFY(!CertificateFactory::writePem(directory.filePath(u"missing/dir/ca.pem"_s), {m_ca.certificate}));
}

void TestSupportTest::plainHttpServerSendsRawBytes()
{
    const QByteArray raw = "HTTP/1.0 302 Found\r\nLocation: http://127.0.0.1/\r\nX-Odd :  yes\r\n\r\n";
    PlainHttpServer server;
    server.setResponse(raw);
    QVERIFY(server.listen());

    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QIODevice::readyRead, this, [&] { received += socket.readAll(); });
    socket.connectToHost(server.serverAddress(), server.port());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, kWaitMs);
    socket.write("HEAD /x HTTP/1.0\r\n");
    QTest::qWait(50);
    QCOMPARE(server.requests(), 0);
    socket.write("\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, kWaitMs);
    QCOMPARE(received, raw);
    QCOMPARE(server.requests(), 1);
    QCOMPARE(server.lastRequest(), QByteArray("HEAD /x HTTP/1.0\r\n\r\n"));
}

void TestSupportTest::silentServerAcceptsButNeverWrites()
{
    auto server = std::make_unique<SilentServer>();
    QVERIFY(server->listen());
    QTcpSocket socket;
    socket.connectToHost(server->serverAddress(), server->port());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, kWaitMs);
    socket.write("GET / HTTP/1.1\r\n\r\n");
    QTRY_COMPARE(server->acceptedCount(), 1);
    QTest::qWait(300);
    QCOMPARE(socket.bytesAvailable(), 0);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(server->bytesReceived(), qint64(18));

    // Only destroying the server ends the connection.
    server.reset();
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, kWaitMs);
    QCOMPARE(socket.bytesAvailable(), 0);
}

void TestSupportTest::serverDestroyedWithOpenTlsConnection()
{
    auto server = std::make_unique<TlsTestServer>(m_leaf);
    server->setRespond(false);
    QVERIFY(server->listen());
    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({m_ca.certificate});
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(server->serverAddress().toString(), server->port(), kServiceName);
    QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), kWaitMs);
    socket.write("GET / HTTP/1.1\r\n\r\n");
    QTRY_COMPARE(server->requests(), 1);
    server.reset();
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, kWaitMs);
}

void TestSupportTest::refusedPortRefuses()
{
    const quint16 port = refusedPort();
    QVERIFY(port != 0);
    QTcpSocket socket;
    QSignalSpy errors(&socket, &QAbstractSocket::errorOccurred);
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(errors.wait(kWaitMs));
    QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
}

void TestSupportTest::serversRefuseNonLoopbackAddresses()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"non-loopback"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"non-loopback"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"non-loopback"_s));
    TlsTestServer tls(m_leaf);
    PlainHttpServer plain;
    SilentServer silent;
    QVERIFY(!tls.listen(QHostAddress(QHostAddress::AnyIPv4)));
    QVERIFY(!plain.listen(QHostAddress(QHostAddress::Any)));
    QVERIFY(!silent.listen(QHostAddress(QHostAddress::AnyIPv6)));
}

void TestSupportTest::cliRunnerCapturesOutputAndExitCode()
{
    const CliResult result =
        CliRunner::run(u"/bin/sh"_s, {u"-c"_s, u"printf out; printf \"$CCTEST_VALUE\" >&2; exit 3"_s},
                       kWaitMs, CliRunner::environmentWith({{u"CCTEST_VALUE"_s, u"from-env"_s}}));
    QCOMPARE(result.exitCode, 3);
    QVERIFY(!result.crashed);
    QVERIFY(!result.timedOut);
    QCOMPARE(result.standardOutput, QByteArray("out"));
    QCOMPARE(result.standardError, QByteArray("from-env"));
}

void TestSupportTest::cliRunnerTimesOut()
{
    const CliResult result = CliRunner::run(u"/bin/sleep"_s, {u"10"_s}, 200);
    QVERIFY(result.timedOut);
    QVERIFY(!result.crashed);
    QCOMPARE(result.exitCode, -1);
    QVERIFY(result.elapsedMs >= 200);
    QVERIFY(result.elapsedMs < 5000);
}

void TestSupportTest::cliRunnerReportsMissingProgram()
{
    const CliResult result = CliRunner::run(u"/nonexistent/cloudcheck-cli"_s, {}, kWaitMs);
    QCOMPARE(result.exitCode, -1);
    QVERIFY(!result.timedOut);
    QVERIFY(result.standardError.contains("could not start"));
}

void TestSupportTest::cliRunnerKeepsEventLoopRunning()
{
    // The child can only get an answer if this thread's event loop serves it during run().
    PlainHttpServer server;
    QVERIFY(server.listen());
    const QString script = u"import socket, sys\n"
                           "s = socket.create_connection(('127.0.0.1', int(sys.argv[1])), timeout=10)\n"
                           "s.sendall(b'GET /child HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n')\n"
                           "data = b''\n"
                           "while True:\n"
                           "    chunk = s.recv(4096)\n"
                           "    if not chunk: break\n"
                           "    data += chunk\n"
                           "sys.stdout.write(data.decode('ascii'))\n"_s;
    const CliResult result = CliRunner::run(
        u"/usr/bin/python3"_s, {u"-I"_s, u"-c"_s, script, QString::number(server.port())}, 20000);
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    QVERIFY(result.standardOutput.startsWith("HTTP/1.1 200 OK\r\n"));
    QCOMPARE(server.requests(), 1);
    QVERIFY(server.lastRequest().startsWith("GET /child HTTP/1.1\r\n"));
}

void TestSupportTest::reportSchemaRejectsEmptyObject()
{
    QVERIFY2(QFile::exists(ReportSchema::schemaPath()), qPrintable(ReportSchema::schemaPath()));
    const QString error = ReportSchema::validate("{}");
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(u"cannot use schema"_s), qPrintable(error));
    QVERIFY2(error.contains(u"schemaVersion"_s), qPrintable(error));
}

void TestSupportTest::reportSchemaValidatorReportsPaths()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString schemaPath = directory.filePath(u"schema.json"_s);
    QFile schema(schemaPath);
    QVERIFY(schema.open(QIODevice::WriteOnly));
    schema.write(R"({"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
        "required": ["items"], "properties": {"items": {"type": "array", "items": {"type": "integer"}},
        "at": {"type": "string", "format": "date-time"}}})");
    schema.close();

    QCOMPARE(ReportSchema::validate(R"({"items": [1, 2], "at": "2026-11-25T06:00:00.000Z"})", schemaPath),
             QString());
    const QString wrongItem = ReportSchema::validate(R"({"items": [1, "two"]})", schemaPath);
    QVERIFY2(wrongItem.startsWith(u"$.items[1]: "_s), qPrintable(wrongItem));
    QVERIFY2(!ReportSchema::validate(R"({"items": [], "at": "25/11/2026"})", schemaPath).isEmpty(),
             "date-time format is not checked");
    QVERIFY(ReportSchema::validate("not json", schemaPath).contains(u"not valid JSON"_s));
    QVERIFY(ReportSchema::validate("{}", directory.filePath(u"absent.json"_s)).contains(u"does not exist"_s));
}

QTEST_GUILESS_MAIN(TestSupportTest)
#include "tst_testsupport.moc"
