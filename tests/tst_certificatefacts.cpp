// CertificateFacts::hasExpectedIssuer against the ways real chains spell their issuers (decision 8):
// a genuine DigiCert or Azure chain must never read as interception, and an inspection CA must.
#include "net/CertificateFacts.h"

#include <QTest>

using namespace cloudcheck;
using namespace Qt::StringLiterals;

class CertificateFactsTest : public QObject
{
    Q_OBJECT

private slots:
    void issuersAreComparedAsCertificatesSpellThem_data();
    void issuersAreComparedAsCertificatesSpellThem();
};

void CertificateFactsTest::issuersAreComparedAsCertificatesSpellThem_data()
{
    QTest::addColumn<QStringList>("chainIssuers");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("matches");
    const QStringList digicert{u"DigiCert Inc"_s};
    const QStringList azure{u"DigiCert Inc"_s, u"Microsoft Corporation"_s, u"Entrust, Inc."_s};
    QTest::newRow("DigiCert Inc") << QStringList{u"DigiCert Inc"_s} << digicert << true;
    QTest::newRow("DigiCert, Inc.") << QStringList{u"DigiCert, Inc."_s} << digicert << true;
    QTest::newRow("DIGICERT INC.") << QStringList{u"DIGICERT INC."_s} << digicert << true;
    QTest::newRow("DigiCert alone") << QStringList{u"DigiCert"_s} << digicert << true;
    QTest::newRow("Azure under DigiCert")
        << QStringList{u"Microsoft Corporation"_s, u"DigiCert Inc"_s} << azure << true;
    QTest::newRow("Azure, Microsoft Corp.") << QStringList{u"Microsoft Corp."_s} << azure << true;
    QTest::newRow("Azure under Entrust")
        << QStringList{u"Microsoft Corporation"_s, u"Entrust, Inc."_s} << azure << true;
    QTest::newRow("Entrust Inc without comma") << QStringList{u"Entrust Inc"_s} << azure << true;
    QTest::newRow("Microsoft Ltd") << QStringList{u"Microsoft Ltd"_s} << azure << true;
    QTest::newRow("inspection CA") << QStringList{u"Corp Inspection"_s} << azure << false;
    QTest::newRow("inspection CA named Inc") << QStringList{u"Inspection Inc"_s} << digicert << false;
    QTest::newRow("look-alike") << QStringList{u"DigiCert Incorporated Proxy"_s} << digicert << false;
    QTest::newRow("zero-width in the name") << QStringList{u"Digi\\u200bCert Inc"_s} << digicert << false;
    QTest::newRow("nothing expected") << QStringList{u"Anyone"_s} << QStringList{} << true;
}

void CertificateFactsTest::issuersAreComparedAsCertificatesSpellThem()
{
    QFETCH(QStringList, chainIssuers);
    QFETCH(QStringList, expected);
    QFETCH(bool, matches);
    QCOMPARE(CertificateFacts::hasExpectedIssuer(chainIssuers, expected), matches);
}

QTEST_GUILESS_MAIN(CertificateFactsTest)
#include "tst_certificatefacts.moc"
