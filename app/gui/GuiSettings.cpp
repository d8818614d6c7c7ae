#include "GuiSettings.h"

#include <QSettings>

namespace cloudcheck {

namespace {

const QString kServices = QStringLiteral("run/services");
const QString kCustomerId = QStringLiteral("run/customerId");
const QString kProfile = QStringLiteral("run/profile");
const QString kProxyMode = QStringLiteral("network/proxyMode");
const QString kManualProxy = QStringLiteral("network/manualProxy");
const QString kProxyUser = QStringLiteral("network/proxyUser");
const QString kPacUrl = QStringLiteral("network/pacUrl");
const QString kCompareDirect = QStringLiteral("network/compareDirect");
const QString kTimeout = QStringLiteral("network/timeoutSeconds");
const QString kConcurrency = QStringLiteral("network/concurrency");
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("ui/windowGeometry");

QString proxyModeName(ProxySetting::Mode mode)
{
    switch (mode) {
    case ProxySetting::Mode::System:
        return QStringLiteral("system");
    case ProxySetting::Mode::None:
        return QStringLiteral("none");
    case ProxySetting::Mode::Manual:
        return QStringLiteral("manual");
    case ProxySetting::Mode::Pac:
        return QStringLiteral("pac");
    }
    return QStringLiteral("system");
}

} // namespace

GuiSettings::GuiSettings(QSettings* settings) : m_settings(settings)
{
    Q_ASSERT(settings);
}

std::optional<QStringList> GuiSettings::services() const
{
    if (!m_settings->contains(kServices))
        return std::nullopt;
    // An INI file stores an empty list as an empty string; read it back as "nothing chosen".
    QStringList services = m_settings->value(kServices).toStringList();
    services.removeAll(QString());
    return services;
}

void GuiSettings::setServices(const QStringList& services)
{
    m_settings->setValue(kServices, services);
}

QString GuiSettings::customerId() const
{
    return m_settings->value(kCustomerId).toString();
}

void GuiSettings::setCustomerId(const QString& customerId)
{
    m_settings->setValue(kCustomerId, customerId);
}

Profile GuiSettings::profile() const
{
    return profileFromName(m_settings->value(kProfile).toString()).value_or(Profile::Connector);
}

void GuiSettings::setProfile(Profile profile)
{
    m_settings->setValue(kProfile, profileName(profile));
}

ProxySetting::Mode GuiSettings::proxyMode() const
{
    const QString name = m_settings->value(kProxyMode).toString();
    for (const auto mode : {ProxySetting::Mode::System, ProxySetting::Mode::None, ProxySetting::Mode::Manual,
                            ProxySetting::Mode::Pac}) {
        if (name == proxyModeName(mode))
            return mode;
    }
    return ProxySetting::Mode::System;
}

QString GuiSettings::manualProxy() const
{
    return m_settings->value(kManualProxy).toString();
}

void GuiSettings::setManualProxy(const QString& address)
{
    m_settings->setValue(kManualProxy, address);
}

void GuiSettings::setProxyMode(ProxySetting::Mode mode)
{
    m_settings->setValue(kProxyMode, proxyModeName(mode));
}

int GuiSettings::timeoutSeconds() const
{
    bool ok = false;
    const int seconds = m_settings->value(kTimeout).toInt(&ok);
    return ok && seconds >= 1 && seconds <= 300 ? seconds : kDefaultTimeoutSeconds;
}

void GuiSettings::setTimeoutSeconds(int seconds)
{
    m_settings->setValue(kTimeout, seconds);
}

int GuiSettings::concurrency() const
{
    bool ok = false;
    const int concurrency = m_settings->value(kConcurrency).toInt(&ok);
    return ok && concurrency >= 1 && concurrency <= 256 ? concurrency : kDefaultConcurrency;
}

void GuiSettings::setConcurrency(int concurrency)
{
    m_settings->setValue(kConcurrency, concurrency);
}

std::optional<Language> GuiSettings::language() const
{
    return languageFromCode(m_settings->value(kLanguage).toString());
}

void GuiSettings::setLanguage(Language language)
{
    m_settings->setValue(kLanguage, languageCode(language));
}

QByteArray GuiSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void GuiSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

void GuiSettings::sync()
{
    m_settings->sync();
}

QString GuiSettings::proxyUser() const
{
    return m_settings->value(kProxyUser).toString();
}

void GuiSettings::setProxyUser(const QString& user)
{
    m_settings->setValue(kProxyUser, user);
}

QString GuiSettings::pacUrl() const
{
    return m_settings->value(kPacUrl).toString();
}

void GuiSettings::setPacUrl(const QString& url)
{
    m_settings->setValue(kPacUrl, url);
}

bool GuiSettings::compareDirect() const
{
    return m_settings->value(kCompareDirect, false).toBool();
}

void GuiSettings::setCompareDirect(bool compare)
{
    m_settings->setValue(kCompareDirect, compare);
}

} // namespace cloudcheck
