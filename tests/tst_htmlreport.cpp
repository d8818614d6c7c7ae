// The HTML report: well-formed (polyglot XHTML read with QXmlStreamReader), no external load of
// any kind, hostile text from certificates, headers and proxies shown as text, the sections in
// the order the network team reads them, and a Japanese report with no English left in our own
// words. Also writes the English and Japanese sample reports that the lab test renders in
// headless Chromium (tests/lab/test_html_render.sh), into CLOUDCHECK_HTML_ARTIFACTS.
#include "HtmlSamples.h"
#include "diagnosis/Diagnosis.h"
#include "report/DocLinks.h"
#include "report/HtmlReport.h"
#include "report/ReportWriter.h"
#include "result/FindingCode.h"
#include "support/Translator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace cloudcheck;
using namespace Qt::StringLiterals;

namespace {

struct Parsed
{
    QString error;
    QSet<QString> elements;
    QStringList texts;      // every text node
    QStringList ownTexts;   // text outside <code>, <style> and quotes: the report's own words
    QStringList hrefs;      // href of <a> elements
    QStringList attributes; // every attribute name
};

Parsed parse(const QByteArray& html)
{
    Parsed out;
    QXmlStreamReader xml(html);
    int codeDepth = 0;
    int styleDepth = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QString name = xml.name().toString();
            out.elements.insert(name);
            if (name == u"code")
                ++codeDepth;
            if (name == u"style")
                ++styleDepth;
            for (const QXmlStreamAttribute& attribute : xml.attributes()) {
                out.attributes << attribute.name().toString();
                if (attribute.name() == u"href") {
                    if (name != u"a")
                        out.error = u"href on <%1>"_s.arg(name);
                    out.hrefs << attribute.value().toString();
                }
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (xml.name() == u"code")
                --codeDepth;
            if (xml.name() == u"style")
                --styleDepth;
            break;
        case QXmlStreamReader::Characters:
            out.texts << xml.text().toString();
            if (codeDepth == 0 && styleDepth == 0)
                out.ownTexts << xml.text().toString();
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        out.error =
            u"line %1 column %2: %3"_s.arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
    return out;
}

} // namespace

class HtmlReportTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_translator.setLanguage(Language::English); }
    void wellFormedXhtml_data();
    void wellFormedXhtml();
    void noExternalLoads();
    void hostileTextIsText();
    void sectionsInOrder();
    void noCredentialInProxyMode();
    void japaneseIsComplete();
    void japaneseLinksFollowTheLanguage();
    void writtenAtomicallyWithDefaultName();
    void writeRenderSamples();

private:
    RunResult run(Language language)
    {
        m_translator.setLanguage(language);
        return HtmlSamples::run(language);
    }
    Translator m_translator;
};

void HtmlReportTest::wellFormedXhtml_data()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("en") << Language::English;
    QTest::newRow("ja") << Language::Japanese;
}

void HtmlReportTest::wellFormedXhtml()
{
    QFETCH(Language, language);
    const QByteArray html = HtmlReport::render(run(language));
    QVERIFY(html.startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""));
    const Parsed parsed = parse(html);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QVERIFY(parsed.elements.contains(u"table"_s));
    QVERIFY(parsed.elements.contains(u"svg"_s));
}

void HtmlReportTest::noExternalLoads()
{
    const QByteArray html = HtmlReport::render(run(Language::English));
    const QString text = QString::fromUtf8(html);
    const Parsed parsed = parse(html);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    // Nothing that loads: no src at all, no stylesheet link, script, frame, object or image.
    QVERIFY(!parsed.attributes.contains(u"src"_s));
    QVERIFY(!parsed.attributes.contains(u"srcset"_s));
    for (const QString& element : {u"script"_s, u"link"_s, u"img"_s, u"iframe"_s, u"object"_s, u"embed"_s,
                                   u"video"_s, u"audio"_s, u"source"_s, u"base"_s, u"form"_s})
        QVERIFY2(!parsed.elements.contains(element), qPrintable(element));
    for (const QString& attribute : parsed.attributes)
        QVERIFY2(!attribute.startsWith(u"on"_s), qPrintable(attribute));
    QVERIFY(!text.contains(u"@import"_s, Qt::CaseInsensitive));
    QVERIFY(!text.contains(u"url("_s, Qt::CaseInsensitive));
    // Links are plain links to web pages, never scripts or local files.
    QVERIFY(!parsed.hrefs.isEmpty());
    for (const QString& href : parsed.hrefs)
        QVERIFY2(href.startsWith(u"https://"_s) || href.startsWith(u"http://"_s), qPrintable(href));
}

void HtmlReportTest::hostileTextIsText()
{
    const QByteArray html = HtmlReport::render(run(Language::English));
    const Parsed parsed = parse(html);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    // The markup a certificate, a server header and a proxy error page carried is shown as text.
    const QString all = parsed.texts.join(u'\n');
    QVERIFY2(all.contains(u"<script>alert(1)</script>"_s), "certificate subject not shown as text");
    QVERIFY2(all.contains(u"<img src=x onerror=alert(2)>"_s), "certificate SAN not shown as text");
    QVERIFY2(all.contains(u"<b>proxy</b>"_s), "proxy error text not shown as text");
    QVERIFY2(all.contains(u"\"quoted\" 'single'"_s), "quotes lost");
    // Control and bidi characters are visible escapes, never raw.
    QVERIFY(all.contains(u"\\u202e"_s));
    QVERIFY(all.contains(u"\\x1b"_s));
    const QString raw = QString::fromUtf8(html);
    QVERIFY(!raw.contains(QChar(0x202e)));
    QVERIFY(!raw.contains(QChar(0x1b)));
    // Only the elements the report itself writes exist: nothing came from the data.
    const QSet<QString> allowed{u"html"_s,   u"head"_s,  u"meta"_s,   u"title"_s, u"style"_s,   u"body"_s,
                                u"header"_s, u"h1"_s,    u"h2"_s,     u"h3"_s,    u"p"_s,       u"table"_s,
                                u"thead"_s,  u"tbody"_s, u"tr"_s,     u"th"_s,    u"td"_s,      u"code"_s,
                                u"span"_s,   u"svg"_s,   u"circle"_s, u"path"_s,  u"section"_s, u"div"_s,
                                u"ol"_s,     u"ul"_s,    u"li"_s,     u"b"_s,     u"br"_s,      u"a"_s};
    for (const QString& element : parsed.elements)
        QVERIFY2(allowed.contains(element), qPrintable(u"unexpected element <%1>"_s.arg(element)));
}

void HtmlReportTest::sectionsInOrder()
{
    const QString html = QString::fromUtf8(HtmlReport::render(run(Language::English)));
    const QStringList order{u"<header>"_s,         u"id=\"verdict\""_s, u"id=\"fix-first\""_s,
                            u"id=\"addresses\""_s, u"id=\"chains\""_s,  u"id=\"how-to-read\""_s};
    qsizetype last = -1;
    for (const QString& marker : order) {
        const qsizetype at = html.indexOf(marker);
        QVERIFY2(at > last, qPrintable(marker));
        last = at;
    }
    // The header carries what a reader needs to trust the document.
    for (const QString& fact : {u"CC01-TOKYO"_s, u"Windows Server 2022"_s, u"Cloud Connector"_s,
                                u"CloudCheck 9.9.9"_s, u"2026-11-25"_s, u"UTC 2026-11-25 06:00:00"_s})
        QVERIFY2(html.contains(fact), qPrintable(fact));
    // Each problem says who usually owns the fix, and each address its path.
    QVERIFY(html.contains(u"Usually owned by:"_s));
    QVERIFY(html.contains(u"the proxy team"_s));
    QVERIFY(html.contains(u"Through the proxy"_s));
    // Failures are expanded with their steps; passes are one compact row each.
    QVERIFY(html.contains(u"Addresses that passed"_s));
    // The pinned TLS 1.2 handshake is a step like the others, its finding a finding like the others.
    QVERIFY(html.contains(u"TLS_CIPHER_UNSUPPORTED"_s));
    QVERIFY(html.contains(u"Cipher suites (TLS 1.2)"_s));
    QVERIFY(html.contains(u"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"_s));
    QVERIFY(html.contains(u"https://support.citrix.com/article/CTX335879"_s));
}

void HtmlReportTest::noCredentialInProxyMode()
{
    RunResult sample = run(Language::English);
    sample.settings.proxy.mode = ProxySetting::Mode::Manual;
    sample.settings.proxy.url = QUrl(u"http://alice:hunter2@proxy.corp.example:8080"_s);
    sample.settings.proxy.user = u"alice"_s;
    const QString html = QString::fromUtf8(HtmlReport::render(sample));
    QVERIFY(html.contains(u"proxy.corp.example:8080"_s));
    QVERIFY(!html.contains(u"hunter2"_s));
    QVERIFY(!html.contains(u"alice"_s));
}

void HtmlReportTest::japaneseIsComplete()
{
    const QByteArray html = HtmlReport::render(run(Language::Japanese));
    const Parsed parsed = parse(html);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    // What may stay in Latin letters: product names, finding codes, host names, protocol names
    // (and their units). Everything else in our own words must be Japanese. Text inside <code>
    // and inside quotes is data (host names, certificate fields, what a server said).
    QSet<QString> allowed{
        // products and companies
        u"CloudCheck"_s, u"Citrix"_s, u"Cloud"_s, u"Japan"_s, u"Connector"_s, u"Gateway"_s, u"DaaS"_s,
        u"Workspace"_s, u"WEM"_s, u"VDA"_s, u"EDT"_s, u"HDX"_s, u"Rendezvous"_s, u"DigiCert"_s,
        u"Microsoft"_s, u"Azure"_s, u"Windows"_s, u"Server"_s, u"NET"_s, u"SCHANNEL"_s,
        u"SchUseStrongCrypto"_s, u"Pendo"_s, u"WinHTTP"_s, u"Global"_s, u"Root"_s, u"G2"_s, u"Environment"_s,
        u"Management"_s, u"Enlightened"_s, u"Data"_s, u"Transport"_s, u"Inc"_s, u"Corporation"_s, u"squid"_s,
        // protocols, formats and their units
        u"DNS"_s, u"TCP"_s, u"UDP"_s, u"TLS"_s, u"SSL"_s, u"DTLS"_s, u"HTTP"_s, u"HTTPS"_s, u"CONNECT"_s,
        u"PAC"_s, u"CRL"_s, u"OCSP"_s, u"NTP"_s, u"UTC"_s, u"CA"_s, u"ECDHE"_s, u"DHE"_s, u"AES"_s, u"GCM"_s,
        u"SHA-256"_s, u"http"_s, u"https"_s, u"udp"_s, u"ClientHello"_s, u"Via"_s, u"X-Squid-Error"_s,
        u"SHA"_s, u"ID"_s, u"ms"_s, u"A4"_s, u"JST"_s,
        // commands the fixes name
        u"netsh"_s, u"winhttp"_s, u"w32tm"_s, u"resync"_s, u"ipconfig"_s, u"all"_s};
    for (const QString& code : allFindingCodeNames())
        allowed.insert(code);
    static const QRegularExpression quoted(u"「[^」]*」|\"[^\"]*\"|“[^”]*”"_s);
    static const QRegularExpression word(u"[A-Za-z][A-Za-z0-9_]*(?:[.:/-][A-Za-z0-9_*{}]+)*"_s);
    QStringList english;
    for (QString text : parsed.ownTexts) {
        text.remove(quoted);
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QString token = it.next().captured();
            // Host names, paths and identifiers (environment variables, cipher suites, squid's
            // error codes) are names, not words.
            const bool hostOrPath = token.contains(u'.') || token.contains(u'/') || token.contains(u':') ||
                                    token.contains(u'_') || token == u"CC01-TOKYO"_s;
            const bool article = QRegularExpression(u"^CTX\\d+$"_s).match(token).hasMatch();
            const bool version = QRegularExpression(u"^[A-Za-z]?\\d"_s).match(token).hasMatch();
            // OpenSSL's cipher suite names (ECDHE-RSA-AES128-GCM-SHA256), as the step facts show them.
            const bool suite = QRegularExpression(u"^[A-Z0-9]+(?:-[A-Z0-9]+){2,}$"_s).match(token).hasMatch();
            if (!allowed.contains(token) && !hostOrPath && !article && !version && !suite)
                english << token;
        }
    }
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(),
             qPrintable(u"English left in the Japanese report: "_s + english.join(u", "_s)));
    // And the Japanese is really there.
    const QString all = parsed.ownTexts.join(QString());
    for (const QString& heading : {u"優先して対処すべき問題"_s, u"すべてのアドレス"_s, u"証明書チェーン"_s,
                                   u"このレポートの読み方"_s, u"通常の担当"_s, u"経路"_s})
        QVERIFY2(all.contains(heading), qPrintable(heading));
}

void HtmlReportTest::japaneseLinksFollowTheLanguage()
{
    const QString proxyDoc = u"https://docs.citrix.com/en-us/citrix-cloud/citrix-cloud-resource-locations/"
                             u"citrix-cloud-connector/proxy-firewall-configuration.html"_s;
    const QString japanese = DocLinks::localize(proxyDoc, Language::Japanese);
    QCOMPARE(japanese, QString(proxyDoc).replace(u"/en-us/"_s, u"/ja-jp/"_s));
    QCOMPARE(DocLinks::localize(proxyDoc, Language::English), proxyDoc);
    // A page without a verified pair stays English: never a guessed address.
    const QString rendezvous = u"https://docs.citrix.com/en-us/citrix-daas/hdx-transport/rendezvous-protocol/"
                               u"rendezvous-v1.html"_s;
    QCOMPARE(DocLinks::localize(rendezvous, Language::Japanese), rendezvous);
    const QString html = QString::fromUtf8(HtmlReport::render(run(Language::Japanese)));
    QVERIFY(html.contains(japanese));
    QVERIFY(!html.contains(proxyDoc));
    // Every pair in the data file maps an en-us page to the same path under ja-jp.
    QFile file(u":/catalogs/doc-links.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto pairs = DocLinks::parse(file.readAll());
    QVERIFY(pairs.size() >= 3);
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
        QCOMPARE(it.value(), QString(it.key()).replace(u"/en-us/"_s, u"/ja-jp/"_s));
}

void HtmlReportTest::writtenAtomicallyWithDefaultName()
{
    QTemporaryDir dir;
    RunResult sample = run(Language::English);
    sample.environment.hostname = u"CC01/../<evil>"_s;
    const QString name = HtmlReport::defaultFileName(sample);
    QVERIFY2(
        QRegularExpression(u"^cloudcheck-CC01_\\.\\.__evil_-\\d{8}-\\d{6}\\.html$"_s).match(name).hasMatch(),
        qPrintable(name));
    const QString path = dir.filePath(name);
    QCOMPARE(ReportWriter::write(sample, path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), HtmlReport::render(sample));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{name}); // no temporary left
}

void HtmlReportTest::writeRenderSamples()
{
    // The pictures the lab test renders and the README shows; only when a folder is given.
    const QString folder = qEnvironmentVariable("CLOUDCHECK_HTML_ARTIFACTS");
    if (folder.isEmpty())
        QSKIP("CLOUDCHECK_HTML_ARTIFACTS not set");
    QVERIFY(QDir().mkpath(folder));
    for (const Language language : {Language::English, Language::Japanese}) {
        const QString path = folder + u"/report-"_s + languageCode(language) + u".html"_s;
        QCOMPARE(ReportWriter::write(run(language), path), QString());
    }
}

QTEST_GUILESS_MAIN(HtmlReportTest)
#include "tst_htmlreport.moc"
