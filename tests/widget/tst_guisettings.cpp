// GuiSettings: defaults, round trips through a real INI file, and no password key, ever.
#include "GuiSettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace cloudcheck;
using namespace Qt::StringLiterals;

class GuiSettingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void roundTrip();
    void emptyServiceListIsAChoice();
    void outOfRangeValuesFallBack();
    void neverStoresAPassword();

private:
    QTemporaryDir m_dir;
};

void GuiSettingsTest::defaults()
{
    QSettings store(m_dir.filePath(u"defaults.ini"_s), QSettings::IniFormat);
    const GuiSettings settings(&store);
    QVERIFY(!settings.services());
    QCOMPARE(settings.customerId(), QString());
    QCOMPARE(settings.profile(), Profile::Connector);
    QCOMPARE(settings.proxyMode(), ProxySetting::Mode::System);
    QCOMPARE(settings.timeoutSeconds(), 5);
    QCOMPARE(settings.concurrency(), 64);
    QVERIFY(!settings.language());
    QVERIFY(settings.windowGeometry().isEmpty());
}

void GuiSettingsTest::roundTrip()
{
    const QString path = m_dir.filePath(u"roundtrip.ini"_s);
    {
        QSettings store(path, QSettings::IniFormat);
        GuiSettings settings(&store);
        settings.setServices({u"daas"_s, u"wem"_s});
        settings.setCustomerId(u"acme01"_s);
        settings.setProfile(Profile::Browser);
        settings.setProxyMode(ProxySetting::Mode::None);
        settings.setTimeoutSeconds(12);
        settings.setConcurrency(4);
        settings.setLanguage(Language::Japanese);
        settings.setWindowGeometry("geometry");
        settings.sync();
    }
    QSettings store(path, QSettings::IniFormat);
    const GuiSettings settings(&store);
    QCOMPARE(settings.services(), (QStringList{u"daas"_s, u"wem"_s}));
    QCOMPARE(settings.customerId(), u"acme01"_s);
    QCOMPARE(settings.profile(), Profile::Browser);
    QCOMPARE(settings.proxyMode(), ProxySetting::Mode::None);
    QCOMPARE(settings.timeoutSeconds(), 12);
    QCOMPARE(settings.concurrency(), 4);
    QCOMPARE(settings.language(), Language::Japanese);
    QCOMPARE(settings.windowGeometry(), QByteArray("geometry"));
}

void GuiSettingsTest::emptyServiceListIsAChoice()
{
    const QString path = m_dir.filePath(u"empty.ini"_s);
    {
        QSettings store(path, QSettings::IniFormat);
        GuiSettings(&store).setServices({});
    }
    QSettings store(path, QSettings::IniFormat);
    const auto services = GuiSettings(&store).services();
    QVERIFY(services);
    QVERIFY(services->isEmpty());
}

void GuiSettingsTest::outOfRangeValuesFallBack()
{
    QSettings store(m_dir.filePath(u"range.ini"_s), QSettings::IniFormat);
    store.setValue(u"network/timeoutSeconds"_s, 0);
    store.setValue(u"network/concurrency"_s, u"many"_s);
    store.setValue(u"run/profile"_s, u"toaster"_s);
    store.setValue(u"network/proxyMode"_s, u"telepathy"_s);
    store.setValue(u"ui/language"_s, u"fr"_s);
    const GuiSettings settings(&store);
    QCOMPARE(settings.timeoutSeconds(), 5);
    QCOMPARE(settings.concurrency(), 64);
    QCOMPARE(settings.profile(), Profile::Connector);
    QCOMPARE(settings.proxyMode(), ProxySetting::Mode::System);
    QVERIFY(!settings.language());
}

void GuiSettingsTest::neverStoresAPassword()
{
    const QString path = m_dir.filePath(u"secret.ini"_s);
    {
        QSettings store(path, QSettings::IniFormat);
        GuiSettings settings(&store);
        settings.setProxyMode(ProxySetting::Mode::Manual);
        settings.setCustomerId(u"acme"_s);
        settings.setProxyUser(u"alice"_s);
        settings.setPacUrl(u"http://proxy.corp.example/proxy.pac"_s);
        settings.sync();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(!stored.toLower().contains("password"));
    // What is remembered comes back; GuiSettings has no way to store a password at all (the
    // wizard test proves a typed one never reaches the file).
    QSettings store(path, QSettings::IniFormat);
    GuiSettings settings(&store);
    QCOMPARE(settings.proxyUser(), u"alice"_s);
    QCOMPARE(settings.pacUrl(), u"http://proxy.corp.example/proxy.pac"_s);
}

QTEST_GUILESS_MAIN(GuiSettingsTest)
#include "tst_guisettings.moc"
