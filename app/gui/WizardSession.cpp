#include "WizardSession.h"

#include "GuiSettings.h"
#include "diagnosis/Diagnosis.h"
#include "diagnosis/HostDiagnosis.h"
#include "support/Translator.h"

namespace cloudcheck {

WizardSession::WizardSession(const Catalog& catalog, GuiSettings* settings, Translator* translator,
                             QObject* parent)
    : QObject(parent), m_catalog(catalog), m_settings(settings), m_translator(translator)
{
    m_runSettings.language = translator->language();
    m_runSettings.profile = settings->profile();
    m_runSettings.timeoutMs = settings->timeoutSeconds() * 1000;
    m_runSettings.concurrency = settings->concurrency();
}

QString WizardSession::serviceName(const QString& serviceId) const
{
    const Service* service = m_catalog.service(serviceId);
    return service ? service->name.text(language()) : serviceId;
}

void WizardSession::setLanguage(Language language)
{
    if (language == m_runSettings.language && m_translator->language() == language)
        return;
    // The translator goes first: the re-diagnosis below words findings through it.
    m_translator->setLanguage(language);
    m_runSettings.language = language;
    if (m_result) {
        m_result->settings.language = language;
        for (TargetResult& target : m_result->targets)
            Diagnosis::apply(target);
        HostDiagnosis::apply(m_result->host);
    }
    emit languageChanged(language);
    if (m_result)
        emit resultChanged();
}

void WizardSession::setServices(const QStringList& services)
{
    // An empty list means "every service" to the planner; the wizard always names what it wants.
    QStringList named = services;
    for (const Service& service : std::as_const(m_catalog.services)) {
        if (service.alwaysIncluded && !named.contains(service.id))
            named << service.id;
    }
    if (named == m_runSettings.services)
        return;
    m_runSettings.services = named;
    emit runSettingsChanged();
}

void WizardSession::setCustomerId(const QString& customerId)
{
    if (customerId == m_runSettings.customerId)
        return;
    m_runSettings.customerId = customerId;
    emit runSettingsChanged();
}

void WizardSession::setProfile(Profile profile)
{
    if (profile == m_runSettings.profile)
        return;
    m_runSettings.profile = profile;
    emit runSettingsChanged();
}

void WizardSession::setProxy(const ProxySetting& proxy)
{
    m_runSettings.proxy = proxy;
    emit runSettingsChanged();
}

void WizardSession::setProxyPassword(const QString& password)
{
    m_runSettings.proxyPassword = password;
}

void WizardSession::setCompareDirect(bool compare)
{
    m_runSettings.compareDirect = compare;
}

void WizardSession::setHoldTunnelSeconds(int seconds)
{
    m_runSettings.holdTunnelSeconds = seconds;
}

void WizardSession::setTimeoutMs(int timeoutMs)
{
    m_runSettings.timeoutMs = timeoutMs;
}

void WizardSession::setConcurrency(int concurrency)
{
    m_runSettings.concurrency = concurrency;
}

void WizardSession::setTestOverrides(const QList<HostOverride>& overrides,
                                     const QList<QSslCertificate>& caCertificates)
{
    m_runSettings.overrides = overrides;
    m_runSettings.extraCaCertificates = caCertificates;
    m_requirePinned = true;
}

QStringList WizardSession::unpinnedHosts(const RunPlan& plan) const
{
    QStringList hosts;
    for (const Target& target : plan.targets) {
        if (target.needsCustomerId)
            continue; // never probed
        const bool pinned =
            std::any_of(m_runSettings.overrides.cbegin(), m_runSettings.overrides.cend(),
                        [&](const HostOverride& pin) { return pin.matches(target.host, target.port); });
        if (!pinned && !hosts.contains(target.host))
            hosts << target.host;
    }
    return hosts;
}

void WizardSession::setResult(const RunResult& result)
{
    m_result = result;
    emit resultChanged();
}

void WizardSession::saveChoices() const
{
    QStringList chosen;
    for (const QString& service : m_runSettings.services) {
        const Service* known = m_catalog.service(service);
        if (known && !known->alwaysIncluded)
            chosen << service;
    }
    m_settings->setServices(chosen);
    m_settings->setCustomerId(m_runSettings.customerId);
    m_settings->setProfile(m_runSettings.profile);
    m_settings->setProxyMode(m_runSettings.proxy.mode);
    if (m_runSettings.proxy.mode == ProxySetting::Mode::Manual) {
        m_settings->setManualProxy(m_runSettings.proxy.url.adjusted(QUrl::RemoveUserInfo).authority());
        m_settings->setProxyUser(m_runSettings.proxy.user);
    }
    if (m_runSettings.proxy.mode == ProxySetting::Mode::Pac)
        m_settings->setPacUrl(m_runSettings.proxy.url.toString());
    m_settings->setCompareDirect(m_runSettings.compareDirect);
    m_settings->setTimeoutSeconds(m_runSettings.timeoutMs / 1000);
    m_settings->setConcurrency(m_runSettings.concurrency);
    m_settings->setLanguage(m_runSettings.language);
    m_settings->sync();
}

} // namespace cloudcheck
