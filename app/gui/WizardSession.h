#pragma once

#include "catalog/Catalog.h"
#include "plan/RunPlan.h"
#include "plan/RunSettings.h"
#include "result/RunResult.h"

#include <QObject>
#include <optional>

namespace cloudcheck {

class GuiSettings;
class Translator;

// What the wizard's pages share: the catalog, the run settings they fill in step by step, the
// language, and the last run's result. Pages talk to each other only through this object, so
// each can be tested and retranslated on its own.
class WizardSession : public QObject
{
    Q_OBJECT

public:
    WizardSession(const Catalog& catalog, GuiSettings* settings, Translator* translator,
                  QObject* parent = nullptr);

    const Catalog& catalog() const { return m_catalog; }
    CatalogInfo catalogInfo() const { return CatalogInfo::of(m_catalog); }
    GuiSettings* settings() const { return m_settings; }
    QString serviceName(const QString& serviceId) const;

    Language language() const { return m_runSettings.language; }
    void setLanguage(Language language);

    // The settings as the pages have filled them in, plus whatever a test injected.
    const RunSettings& runSettings() const { return m_runSettings; }
    RunPlan plan() const { return RunPlan::build(m_catalog, m_runSettings); }
    void setServices(const QStringList& services);
    void setCustomerId(const QString& customerId);
    void setProfile(Profile profile);
    void setProxy(const ProxySetting& proxy);
    // In memory for this session only: never saved, logged or shown.
    void setProxyPassword(const QString& password);
    void setCompareDirect(bool compare);
    void setHoldTunnelSeconds(int seconds);
    void setTimeoutMs(int timeoutMs);
    void setConcurrency(int concurrency);

    // Tests aim the catalog at loopback servers. From then on a run refuses to start unless
    // every host it would probe is pinned, so a test can never reach a real name by mistake.
    void setTestOverrides(const QList<HostOverride>& overrides, const QList<QSslCertificate>& caCertificates);
    bool requiresPinnedHosts() const { return m_requirePinned; }
    // The hosts of `plan` that would be resolved through real DNS; empty when all are pinned.
    QStringList unpinnedHosts(const RunPlan& plan) const;

    bool hasResult() const { return m_result.has_value(); }
    const RunResult& result() const { return *m_result; }
    void setResult(const RunResult& result);

    // Writes the choices worth remembering; never a password (there is none to write).
    void saveChoices() const;

signals:
    void languageChanged(cloudcheck::Language language);
    void runSettingsChanged();
    void resultChanged();

private:
    Catalog m_catalog;
    GuiSettings* m_settings;
    Translator* m_translator;
    RunSettings m_runSettings;
    bool m_requirePinned = false;
    std::optional<RunResult> m_result;
};

} // namespace cloudcheck
