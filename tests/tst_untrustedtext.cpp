// UntrustedText: the one rule that makes network and file text safe for a terminal, a log, a
// plain-text report or a tooltip.
#include "support/UntrustedText.h"

#include <QTest>

using namespace cloudcheck;
using namespace Qt::StringLiterals;

class UntrustedTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data();
    void text();
    void bytes_data();
    void bytes();
    void cappedWithEllipsis();
    void idempotent();
};

void UntrustedTextTest::text_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"DigiCert Inc"_s << u"DigiCert Inc"_s;
    QTest::newRow("japanese") << u"共通アドレス"_s << u"共通アドレス"_s;
    QTest::newRow("emoji beyond the BMP") << u"ok \U0001F600"_s << u"ok \U0001F600"_s;
    QTest::newRow("ESC and BEL") << u"a\x1b[2Jb\x07"_s << u"a\\x1b[2Jb\\x07"_s;
    QTest::newRow("newline and tab") << u"a\nb\tc\r"_s << u"a\\x0ab\\x09c\\x0d"_s;
    QTest::newRow("DEL") << u"a\x7f"_s << u"a\\x7f"_s;
    QTest::newRow("C1 CSI") << u"a\u009b31m"_s << u"a\\x9b31m"_s;
    QTest::newRow("C1 NEL") << u"a\u0085b"_s << u"a\\x85b"_s;
    QTest::newRow("RLO") << u"abc\u202edef"_s << u"abc\\u202edef"_s;
    QTest::newRow("bidi isolates and marks") << u"\u2066\u2067\u2068\u2069\u200e\u200f\u061c"_s
                                             << u"\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c"_s;
    QTest::newRow("zero width") << u"a\u200b\u200c\u200d\u2060\ufeffb"_s
                                << u"a\\u200b\\u200c\\u200d\\u2060\\ufeffb"_s;
    QTest::newRow("line separator") << u"a\u2028b\u2029"_s << u"a\\u2028b\\u2029"_s;
    QTest::newRow("soft hyphen") << u"a\u00adb"_s << u"a\\xadb"_s;
    QTest::newRow("tag characters") << u"a\U000E0041"_s << u"a\\U000e0041"_s;
    QTest::newRow("lone surrogate") << QString(u"a"_s + QChar(0xd800) + u"b"_s) << u"a\\ud800b"_s;
    QTest::newRow("backslash stays") << u"C:\\x1b"_s << u"C:\\x1b"_s;
}

void UntrustedTextTest::text()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(UntrustedText::forDisplay(input), expected);
}

void UntrustedTextTest::bytes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii") << QByteArray("nginx/1.22") << u"nginx/1.22"_s;
    QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9 \xe5\x85\xb1") << u"café 共"_s;
    QTest::newRow("latin-1 byte") << QByteArray("caf\xe9") << u"caf\\xe9"_s;
    QTest::newRow("bare C1 byte") << QByteArray("a\x9b"
                                                "b")
                                  << u"a\\x9bb"_s;
    QTest::newRow("C1 as UTF-8") << QByteArray("a\xc2\x9b"
                                               "b")
                                 << u"a\\x9bb"_s;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << u"\\xc0\\xaf"_s;
    QTest::newRow("encoded surrogate") << QByteArray("\xed\xa0\x80") << u"\\xed\\xa0\\x80"_s;
    QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << u"\\xf4\\x90\\x80\\x80"_s;
    QTest::newRow("truncated sequence") << QByteArray("ab\xe2\x80") << u"ab\\xe2\\x80"_s;
    QTest::newRow("RLO as UTF-8") << QByteArray("\xe2\x80\xae") << u"\\u202e"_s;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << u"a\\x00b"_s;
    QTest::newRow("0xff") << QByteArray("\xff") << u"\\xff"_s;
}

void UntrustedTextTest::bytes()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QCOMPARE(UntrustedText::forDisplay(input), expected);
}

void UntrustedTextTest::cappedWithEllipsis()
{
    QCOMPARE(UntrustedText::forDisplay(QString(600, u'x')), QString(511, u'x') + u"…"_s);
    QCOMPARE(UntrustedText::forDisplay(QString(512, u'x')), QString(512, u'x'));
    QCOMPARE(UntrustedText::forDisplay(u"abcdef"_s, 4), u"abc…"_s);
    // An escape is never cut in half.
    QCOMPARE(UntrustedText::forDisplay(u"ab\x1b"_s, 5), u"ab…"_s);
    QCOMPARE(UntrustedText::forDisplay(u"ab\x1b"_s, 6), u"ab\\x1b"_s);
    // 127 whole escapes of four characters and the ellipsis.
    QCOMPARE(UntrustedText::forDisplay(QByteArray(10000, '\x1b')).size(), 127 * 4 + 1);
    // A pair beyond the BMP is never split.
    QCOMPARE(UntrustedText::forDisplay(u"a\U0001F600b"_s, 3), u"a…"_s);
}

void UntrustedTextTest::idempotent()
{
    const QString hostile = u"Evil\x1b[2J\x07\u009b31m\u202eCorp\u200b"_s + QString(600, u'z');
    const QString once = UntrustedText::forDisplay(hostile);
    QCOMPARE(UntrustedText::forDisplay(once), once);
    QCOMPARE(UntrustedText::forDisplay(once.toUtf8()), once);
}

QTEST_GUILESS_MAIN(UntrustedTextTest)
#include "tst_untrustedtext.moc"
