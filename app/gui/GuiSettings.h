#pragma once

#include "catalog/EndpointTypes.h"
#include "plan/ProxySetting.h"
#include "plan/RunSettings.h"
#include "support/Language.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

class QSettings;

namespace cloudcheck {

// The wizard's remembered choices, typed and with defaults, over a QSettings the caller owns (the
// program's native store, or a temporary INI file in tests). Passwords are deliberately absent:
// there is no key for one, so none can ever be written.
class GuiSettings
{
public:
    static constexpr int kDefaultTimeoutSeconds = 5;
    static constexpr int kDefaultConcurrency = RunSettings::kDefaultConcurrency;

    explicit GuiSettings(QSettings* settings);

    // nullopt until the user has chosen once; the wizard then offers its own default selection.
    std::optional<QStringList> services() const;
    void setServices(const QStringList& services);

    QString customerId() const;
    void setCustomerId(const QString& customerId);

    Profile profile() const;
    void setProfile(Profile profile);

    ProxySetting::Mode proxyMode() const;
    void setProxyMode(ProxySetting::Mode mode);
    // The manual proxy as typed ("host:port"); never a credential.
    QString manualProxy() const;
    void setManualProxy(const QString& address);
    // The proxy user name and PAC address are remembered; a proxy password never is.
    QString proxyUser() const;
    void setProxyUser(const QString& user);
    QString pacUrl() const;
    void setPacUrl(const QString& url);
    bool compareDirect() const;
    void setCompareDirect(bool compare);

    int timeoutSeconds() const;
    void setTimeoutSeconds(int seconds);

    int concurrency() const;
    void setConcurrency(int concurrency);

    // nullopt: follow the system locale.
    std::optional<Language> language() const;
    void setLanguage(Language language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    void sync();

private:
    QSettings* m_settings;
};

} // namespace cloudcheck
