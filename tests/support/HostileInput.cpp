#include "HostileInput.h"

#include "CertificateFactory.h"
#include "LoopbackPins.h"
#include "TestCatalogs.h"
#include "TlsTestServer.h"
#include "plan/RunPlan.h"
#include "run/BackgroundRun.h"
#include "support/UntrustedText.h"

#include <QTest>

using namespace cloudcheck;
using namespace Qt::StringLiterals;

namespace cctest {

namespace {

const QString kInterceptedHost = u"intercepted.hostile.cloudcheck.test"_s;
const QString kHeadersHost = u"headers.hostile.cloudcheck.test"_s;

} // namespace

QString HostileInput::text()
{
    return u"Evil\x1b[2J\x07\u009b31m\u202eCorp\u200b\u200d\ufeff\x1b]0;pwned\x07!"_s;
}

QByteArray HostileInput::bytes()
{
    return text().toUtf8() + "\xff<b>x</b>";
}

std::optional<char32_t> HostileInput::firstRaw(QStringView output)
{
    for (const char32_t c : output.toUcs4()) {
        if (c == u'\n' || c == u'\t')
            continue;
        if (UntrustedText::mustEscape(c))
            return c;
    }
    return std::nullopt;
}

QString HostileInput::describe(char32_t codePoint)
{
    return u"U+"_s + QString::number(codePoint, 16).toUpper().rightJustified(4, u'0');
}

QString HostileInput::interceptedId()
{
    return u"https://"_s + kInterceptedHost + u":443"_s;
}

QString HostileInput::headersId()
{
    return u"https://"_s + kHeadersHost + u":443"_s;
}

std::optional<RunResult> HostileInput::run()
{
    const TestIdentity hostileCa = CertificateFactory::createCa(text(), text());
    CertificateFactory::LeafOptions hostileOptions;
    hostileOptions.dnsNames = {kInterceptedHost, u"evil\x1b[2J\x07.test"_s};
    hostileOptions.organization = text();
    const TestIdentity hostileLeaf = CertificateFactory::createLeaf(hostileCa, text(), hostileOptions);
    const TestIdentity digicert = CertificateFactory::createCa(u"Test DigiCert Root"_s, u"DigiCert Inc"_s);
    CertificateFactory::LeafOptions plainOptions;
    plainOptions.dnsNames = {kHeadersHost};
    const TestIdentity plainLeaf = CertificateFactory::createLeaf(digicert, kHeadersHost, plainOptions);
    [&] {
        QVERIFY(!hostileCa.isNull());
        QVERIFY(!hostileLeaf.isNull());
        QVERIFY(!digicert.isNull());
        QVERIFY(!plainLeaf.isNull());
    }();
    if (QTest::currentTestFailed())
        return std::nullopt;

    TlsTestServer intercepting(hostileLeaf);
    TlsTestServer hostileHeaders(plainLeaf);
    hostileHeaders.setResponse("HTTP/1.1 200 OK " + bytes() + "\r\nServer: <b>x</b> " + bytes() +
                               "\r\nVia: 1.1 " + bytes() + "\r\nLocation: https://" + bytes() +
                               "\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    [&] {
        QVERIFY(intercepting.listen());
        QVERIFY(hostileHeaders.listen());
    }();
    if (QTest::currentTestFailed())
        return std::nullopt;

    const auto entry = [](const QString& id, const QString& host) {
        return testEntry(id, {u"alpha"_s}, u"https://"_s + host, {host},
                         [](CatalogEntry& e) { e.expectedIssuers = {u"DigiCert Inc"_s}; });
    };
    const Catalog catalog =
        testCatalog({testService(u"alpha"_s, true)},
                    {entry(u"intercepted"_s, kInterceptedHost), entry(u"headers"_s, kHeadersHost)});
    RunSettings settings;
    settings.proxy.mode = ProxySetting::Mode::None;
    settings.timeoutMs = 5000;
    settings.overrides = {loopbackPin(kInterceptedHost, 443, intercepting.port()),
                          loopbackPin(kHeadersHost, 443, hostileHeaders.port())};
    settings.extraCaCertificates = {hostileCa.certificate, digicert.certificate};
    const RunPlan plan = RunPlan::build(catalog, settings);
    [&] {
        QCOMPARE(plan.targets.size(), 2);
        QVERIFY(unpinnedTargets(plan, settings.overrides).isEmpty());
    }();
    if (QTest::currentTestFailed())
        return std::nullopt;

    std::optional<RunResult> result;
    BackgroundRun background;
    QObject::connect(&background, &BackgroundRun::finished, &background,
                     [&result](const RunResult& finished) { result = finished; });
    background.start(plan, settings, CatalogInfo::of(catalog));
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
    return QTest::currentTestFailed() ? std::nullopt : result;
}

} // namespace cctest
