// Unit tests of HttpResponseHead: the lenient status-line and header parser the HTTP step uses on
// whatever a server, proxy or block page sends, and the HTTP-date parser behind CLOCK_SKEW.
#include "net/HttpResponseHead.h"

#include <QTest>
#include <QTimeZone>
#include <time.h>

using namespace cloudcheck;
using namespace Qt::StringLiterals;

using Headers = QList<QPair<QByteArray, QByteArray>>;

class HttpResponseHeadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void displayTextEscapesControlCharacters_data();
    void displayTextEscapesControlCharacters();
    void parse_data();
    void parse();
    void notHttp_data();
    void notHttp();
    void isComplete_data();
    void isComplete();
    void bodyIsNotParsed();
    void parseHttpDate_data();
    void parseHttpDate();
    void parseHttpDateIgnoresLocalTimeZone_data();
    void parseHttpDateIgnoresLocalTimeZone();

private:
    QByteArray m_savedTz;
    bool m_tzChanged = false;
};

void HttpResponseHeadTest::cleanup()
{
    if (m_tzChanged) {
        if (m_savedTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", m_savedTz);
        tzset();
        m_tzChanged = false;
    }
}

void HttpResponseHeadTest::parse_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<Headers>("headers"); // every header, in order, as parsed
    // Lookups: name as asked -> expected joined value; an empty value list means "absent".
    QTest::addColumn<QList<QByteArray>>("lookups");
    QTest::addColumn<QList<QByteArray>>("values");

    QTest::newRow("HTTP/1.1 with CRLF")
        << QByteArray("HTTP/1.1 200 OK\r\nServer: nginx\r\nDate: Wed, 25 Nov 2026 06:00:00 GMT\r\n\r\n")
        << u"HTTP/1.1"_s << 200 << u"OK"_s
        << Headers{{"Server", "nginx"}, {"Date", "Wed, 25 Nov 2026 06:00:00 GMT"}}
        << QList<QByteArray>{"Server", "Location"} << QList<QByteArray>{"nginx", QByteArray()};
    QTest::newRow("HTTP/1.0 404") << QByteArray("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                                  << u"HTTP/1.0"_s << 404 << u"Not Found"_s
                                  << Headers{{"Content-Length", "0"}} << QList<QByteArray>{"content-length"}
                                  << QList<QByteArray>{"0"};
    QTest::newRow("HTTP/2 status line")
        << QByteArray("HTTP/2 403 Forbidden\r\n\r\n") << u"HTTP/2"_s << 403 << u"Forbidden"_s << Headers{}
        << QList<QByteArray>{} << QList<QByteArray>{};
    QTest::newRow("no reason phrase")
        << QByteArray("HTTP/1.1 204\r\nServer: x\r\n\r\n") << u"HTTP/1.1"_s << 204 << QString()
        << Headers{{"Server", "x"}} << QList<QByteArray>{"server"} << QList<QByteArray>{"x"};
    QTest::newRow("reason with spaces")
        << QByteArray("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: NTLM\r\n"
                      "Proxy-Authenticate: Basic realm=\"corp\"\r\n\r\n")
        << u"HTTP/1.1"_s << 407 << u"Proxy Authentication Required"_s
        << Headers{{"Proxy-Authenticate", "NTLM"}, {"Proxy-Authenticate", "Basic realm=\"corp\""}}
        << QList<QByteArray>{"proxy-authenticate"} << QList<QByteArray>{"NTLM, Basic realm=\"corp\""};
    QTest::newRow("LF-only line ends")
        << QByteArray("HTTP/1.1 302 Found\nLocation: http://portal.example/login\nServer: captive\n\n")
        << u"HTTP/1.1"_s << 302 << u"Found"_s
        << Headers{{"Location", "http://portal.example/login"}, {"Server", "captive"}}
        << QList<QByteArray>{"Location"} << QList<QByteArray>{"http://portal.example/login"};
    QTest::newRow("lower-case and odd-case names")
        << QByteArray("HTTP/1.1 403 Forbidden\r\ncontent-type: text/html\r\nX-SQUID-Error: ERR_ACCESS_DENIED "
                      "0\r\n\r\n")
        << u"HTTP/1.1"_s << 403 << u"Forbidden"_s
        << Headers{{"content-type", "text/html"}, {"X-SQUID-Error", "ERR_ACCESS_DENIED 0"}}
        << QList<QByteArray>{"Content-Type", "x-squid-error", "X-Squid-Error"}
        << QList<QByteArray>{"text/html", "ERR_ACCESS_DENIED 0", "ERR_ACCESS_DENIED 0"};
    QTest::newRow("spaces before the colon")
        << QByteArray("HTTP/1.1 200 OK\r\nServer : old-appliance\r\nVia\t: 1.1 proxy\r\n\r\n")
        << u"HTTP/1.1"_s << 200 << u"OK"_s << Headers{{"Server", "old-appliance"}, {"Via", "1.1 proxy"}}
        << QList<QByteArray>{"server", "via"} << QList<QByteArray>{"old-appliance", "1.1 proxy"};
    QTest::newRow("obsolete line folding")
        << QByteArray("HTTP/1.1 200 OK\r\nX-Long: first\r\n  second\r\n\tthird\r\nServer: s\r\n\r\n")
        << u"HTTP/1.1"_s << 200 << u"OK"_s << Headers{{"X-Long", "first second third"}, {"Server", "s"}}
        << QList<QByteArray>{"x-long"} << QList<QByteArray>{"first second third"};
    QTest::newRow("duplicate headers joined")
        << QByteArray("HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nVary: Accept\r\nset-cookie: b=2\r\n\r\n")
        << u"HTTP/1.1"_s << 200 << u"OK"_s
        << Headers{{"Set-Cookie", "a=1"}, {"Vary", "Accept"}, {"set-cookie", "b=2"}}
        << QList<QByteArray>{"Set-Cookie", "Vary"} << QList<QByteArray>{"a=1, b=2", "Accept"};
    QTest::newRow("garbage header lines skipped")
        << QByteArray("HTTP/1.1 200 OK\r\nthis is not a header\r\n: no name\r\nServer: real\r\n\r\n")
        << u"HTTP/1.1"_s << 200 << u"OK"_s << Headers{{"Server", "real"}} << QList<QByteArray>{"server"}
        << QList<QByteArray>{"real"};
    QTest::newRow("empty header value")
        << QByteArray("HTTP/1.1 200 OK\r\nX-Empty:\r\n\r\n") << u"HTTP/1.1"_s << 200 << u"OK"_s
        << Headers{{"X-Empty", ""}} << QList<QByteArray>{"x-empty"} << QList<QByteArray>{""};
    QTest::newRow("incomplete head: what arrived is read")
        << QByteArray("HTTP/1.1 503 Service Unavailable\r\nServer: bluecoat\r\nCont") << u"HTTP/1.1"_s << 503
        << u"Service Unavailable"_s << Headers{{"Server", "bluecoat"}} << QList<QByteArray>{"server"}
        << QList<QByteArray>{"bluecoat"};
    QTest::newRow("status line only, unterminated")
        << QByteArray("HTTP/1.1 200 OK") << u"HTTP/1.1"_s << 200 << u"OK"_s << Headers{}
        << QList<QByteArray>{} << QList<QByteArray>{};
}

void HttpResponseHeadTest::parse()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, version);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(Headers, headers);
    QFETCH(QList<QByteArray>, lookups);
    QFETCH(QList<QByteArray>, values);

    const auto head = HttpResponseHead::parse(data);
    QVERIFY(head.has_value());
    QCOMPARE(head->httpVersion(), version);
    QCOMPARE(head->status(), status);
    QCOMPARE(head->reason(), reason);
    QCOMPARE(head->headers(), headers);
    QCOMPARE(lookups.size(), values.size());
    for (qsizetype i = 0; i < lookups.size(); ++i) {
        const auto value = head->header(lookups.at(i));
        if (values.at(i).isNull()) {
            QVERIFY2(!value.has_value(), lookups.at(i).constData());
        } else {
            QVERIFY2(value.has_value(), lookups.at(i).constData());
            QCOMPARE(*value, values.at(i));
        }
    }
}

void HttpResponseHeadTest::notHttp_data()
{
    QTest::addColumn<QByteArray>("data");
    // A TLS server answering a plain request: a TLS alert record.
    QTest::newRow("TLS alert") << QByteArray("\x15\x03\x03\x00\x02\x02\x46", 7);
    // A TLS ClientHello/ServerHello start.
    QTest::newRow("TLS handshake") << QByteArray("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03", 11);
    QTest::newRow("SSH banner") << QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only a blank line") << QByteArray("\r\n\r\n");
    QTest::newRow("HTML without a status line") << QByteArray("<html><body>Blocked</body></html>\r\n\r\n");
    QTest::newRow("SMTP greeting") << QByteArray("220 mail.example ESMTP\r\n");
    QTest::newRow("status not a number") << QByteArray("HTTP/1.1 abc OK\r\n\r\n");
    QTest::newRow("two-digit status") << QByteArray("HTTP/1.1 20 OK\r\n\r\n");
    QTest::newRow("four-digit status") << QByteArray("HTTP/1.1 2000 OK\r\n\r\n");
    QTest::newRow("lower-case protocol") << QByteArray("http/1.1 200 OK\r\n\r\n");
    QTest::newRow("no status at all") << QByteArray("HTTP/1.1\r\n\r\n");
}

void HttpResponseHeadTest::notHttp()
{
    QFETCH(QByteArray, data);
    QVERIFY(!HttpResponseHead::parse(data).has_value());
}

void HttpResponseHeadTest::isComplete_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("complete");
    QTest::newRow("CRLF CRLF") << QByteArray("HTTP/1.1 200 OK\r\nA: b\r\n\r\n") << true;
    QTest::newRow("LF LF") << QByteArray("HTTP/1.1 200 OK\nA: b\n\n") << true;
    QTest::newRow("with body") << QByteArray("HTTP/1.1 200 OK\r\n\r\n<html>") << true;
    QTest::newRow("headers still coming") << QByteArray("HTTP/1.1 200 OK\r\nA: b\r\n") << false;
    QTest::newRow("half of the blank line") << QByteArray("HTTP/1.1 200 OK\r\nA: b\r\n\r") << false;
    QTest::newRow("nothing") << QByteArray() << false;
}

void HttpResponseHeadTest::isComplete()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, complete);
    QCOMPARE(HttpResponseHead::isComplete(data), complete);
}

void HttpResponseHeadTest::bodyIsNotParsed()
{
    // Header-like lines after the blank line belong to the body.
    const auto head =
        HttpResponseHead::parse("HTTP/1.1 200 OK\r\nServer: real\r\n\r\nServer: fake\r\nX-Body: 1\r\n");
    QVERIFY(head.has_value());
    QCOMPARE(head->headers(), Headers({{"Server", "real"}}));
    QVERIFY(!head->header("x-body").has_value());
}

void HttpResponseHeadTest::parseHttpDate_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("expected"); // invalid: nullopt expected

    const auto utc = [](int y, int mo, int d, int h, int mi, int s) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
    };
    // RFC 9110 section 5.6.7's own examples: the same instant in all three forms.
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT")
                                 << utc(1994, 11, 6, 8, 49, 37);
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << utc(1994, 11, 6, 8, 49, 37);
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << utc(1994, 11, 6, 8, 49, 37);
    QTest::newRow("IMF-fixdate 2026")
        << QByteArray("Wed, 25 Nov 2026 06:00:00 GMT") << utc(2026, 11, 25, 6, 0, 0);
    // Two-digit years before 70 are this century: 25 Nov 2026 is a Wednesday.
    QTest::newRow("RFC 850 2026") << QByteArray("Wednesday, 25-Nov-26 06:00:00 GMT")
                                  << utc(2026, 11, 25, 6, 0, 0);
    QTest::newRow("asctime two-digit day")
        << QByteArray("Wed Nov 25 06:00:00 2026") << utc(2026, 11, 25, 6, 0, 0);
    QTest::newRow("surrounding whitespace")
        << QByteArray("  Wed, 25 Nov 2026 06:00:00 GMT \t") << utc(2026, 11, 25, 6, 0, 0);
    QTest::newRow("leap day") << QByteArray("Thu, 29 Feb 2024 23:59:59 GMT") << utc(2024, 2, 29, 23, 59, 59);

    QTest::newRow("garbage") << QByteArray("yesterday") << QDateTime();
    QTest::newRow("empty") << QByteArray() << QDateTime();
    QTest::newRow("not GMT") << QByteArray("Wed, 25 Nov 2026 06:00:00 PST") << QDateTime();
    QTest::newRow("ISO 8601") << QByteArray("2026-11-25T06:00:00Z") << QDateTime();
    QTest::newRow("day 32") << QByteArray("Wed, 32 Nov 2026 06:00:00 GMT") << QDateTime();
    QTest::newRow("30 February") << QByteArray("Mon, 30 Feb 2026 06:00:00 GMT") << QDateTime();
    QTest::newRow("hour 25") << QByteArray("Wed, 25 Nov 2026 25:00:00 GMT") << QDateTime();
    QTest::newRow("unknown month") << QByteArray("Wed, 25 Nox 2026 06:00:00 GMT") << QDateTime();
}

void HttpResponseHeadTest::parseHttpDate()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);
    const auto parsed = HttpResponseHead::parseHttpDate(value);
    if (!expected.isValid()) {
        QVERIFY2(!parsed.has_value(), qPrintable(parsed ? parsed->toString(Qt::ISODate) : QString()));
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->toSecsSinceEpoch(), expected.toSecsSinceEpoch());
    QCOMPARE(parsed->offsetFromUtc(), 0);
    QCOMPARE(parsed->toString(Qt::ISODate), expected.toString(Qt::ISODate));
}

void HttpResponseHeadTest::parseHttpDateIgnoresLocalTimeZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("epoch"); // counted by hand from 2026-01-01T00:00:00Z = 1767225600
    // 02:30 on 8 March 2026 does not exist in New York (clocks jump from 02:00 to 03:00) and
    // 02:30 on 29 March 2026 does not exist in Berlin; as GMT both are ordinary times.
    // 8 March is day 66 of 2026: 1767225600 + 66*86400 + 2.5*3600 = 1772937000.
    QTest::newRow("IMF-fixdate in a New York gap")
        << QByteArray("America/New_York") << QByteArray("Sun, 08 Mar 2026 02:30:00 GMT")
        << qint64(1772937000);
    QTest::newRow("asctime in a New York gap")
        << QByteArray("America/New_York") << QByteArray("Sun Mar  8 02:30:00 2026") << qint64(1772937000);
    // 29 March is day 87: 1767225600 + 87*86400 + 2.5*3600 = 1774751400.
    QTest::newRow("RFC 850 in a Berlin gap")
        << QByteArray("Europe/Berlin") << QByteArray("Sunday, 29-Mar-26 02:30:00 GMT") << qint64(1774751400);
    QTest::newRow("IMF-fixdate in Tokyo")
        << QByteArray("Asia/Tokyo") << QByteArray("Sun, 08 Mar 2026 02:30:00 GMT") << qint64(1772937000);
}

void HttpResponseHeadTest::parseHttpDateIgnoresLocalTimeZone()
{
    // The header is GMT whatever this machine's zone; Windows Server in a DST zone must not lose
    // (or shift) a clock reading.
    QFETCH(QByteArray, zone);
    QFETCH(QByteArray, value);
    QFETCH(qint64, epoch);
    m_savedTz = qgetenv("TZ");
    m_tzChanged = true;
    qputenv("TZ", zone);
    tzset();

    const auto parsed = HttpResponseHead::parseHttpDate(value);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->toSecsSinceEpoch(), epoch);
    QCOMPARE(parsed->offsetFromUtc(), 0);
}

void HttpResponseHeadTest::displayTextEscapesControlCharacters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QByteArray("nginx/1.22") << QStringLiteral("nginx/1.22");
    QTest::newRow("terminal escape") << QByteArray("\x1b[2Jevil") << QStringLiteral("\\x1b[2Jevil");
    QTest::newRow("crlf") << QByteArray("SSH-2.0\r\n") << QStringLiteral("SSH-2.0\\x0d\\x0a");
    QTest::newRow("delete and nul") << QByteArray("a\x7f\0b", 4) << QStringLiteral("a\\x7f\\x00b");
    // Read as UTF-8; a byte that is not UTF-8 is shown as the byte it is.
    QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9") << QStringLiteral("caf\u00e9");
    QTest::newRow("not utf-8") << QByteArray("caf\xe9") << QStringLiteral("caf\\xe9");
    // C1 controls: U+009B is a one-character CSI to a terminal.
    QTest::newRow("c1 csi") << QByteArray("a\xc2\x9b"
                                          "2Jb")
                            << QStringLiteral("a\\x9b2Jb");
    QTest::newRow("bidi override") << QByteArray("abc\xe2\x80\xae"
                                                 "def")
                                   << QStringLiteral("abc\\u202edef");
    QTest::newRow("zero width") << QByteArray("a\xe2\x80\x8b"
                                              "b\xef\xbb\xbf")
                                << QStringLiteral("a\\u200bb\\ufeff");
    QTest::newRow("capped") << QByteArray(600, 'x') << QString(511, u'x') + QChar(0x2026);
}

void HttpResponseHeadTest::displayTextEscapesControlCharacters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(HttpResponseHead::displayText(bytes), expected);
}

QTEST_GUILESS_MAIN(HttpResponseHeadTest)
#include "tst_httpresponsehead.moc"
