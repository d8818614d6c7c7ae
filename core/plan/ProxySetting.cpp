#include "ProxySetting.h"

namespace cloudcheck {

namespace {

// Whatever precedes '@' may be a password typed by mistake: never echo it.
QString withoutUserInfo(const QString& text)
{
    return text.contains(u'@') ? QStringLiteral("...@") + text.section(u'@', -1) : text;
}

} // namespace

QString ProxySetting::display() const
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual: {
        QUrl shown = url;
        shown.setPassword({});
        if (!user.isEmpty())
            shown.setUserName(user);
        return shown.toString();
    }
    case Mode::Pac:
        return QStringLiteral("pac:") + url.toString(QUrl::RemoveUserInfo);
    }
    return {};
}

std::variant<ProxySetting, QString> ProxySetting::parse(const QString& text)
{
    ProxySetting setting;
    if (text == u"system")
        return setting;
    if (text == u"none") {
        setting.mode = Mode::None;
        return setting;
    }
    if (text.startsWith(u"pac:")) {
        setting.mode = Mode::Pac;
        setting.url = QUrl(text.mid(4), QUrl::StrictMode);
        if (!setting.url.isValid() || setting.url.scheme().isEmpty())
            return tr("--proxy pac:URL needs a valid URL, got \"%1\"").arg(withoutUserInfo(text.mid(4)));
        if (!setting.url.password().isEmpty())
            return tr("--proxy pac:URL must not contain a password");
        setting.url = setting.url.adjusted(QUrl::RemoveUserInfo);
        return setting;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (url.scheme() == u"http" && !url.host().isEmpty() && url.port() > 0) {
        if (!url.password().isEmpty()) {
            return tr("--proxy must not contain a password; use --proxy-user and the "
                      "CLOUDCHECK_PROXY_PASSWORD environment variable");
        }
        setting.mode = Mode::Manual;
        setting.user = url.userName();
        setting.url = url.adjusted(QUrl::RemoveUserInfo);
        return setting;
    }
    return tr("--proxy expects system, none, http://[user@]host:port or pac:URL, got \"%1\"")
        .arg(withoutUserInfo(text));
}

} // namespace cloudcheck
