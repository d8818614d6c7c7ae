#pragma once

#include <QCoreApplication>
#include <QUrl>
#include <variant>

namespace cloudcheck {

// How the run reaches the internet. Credentials are never stored here: the password travels
// separately and never reaches a report, a log or the settings file.
struct ProxySetting
{
    Q_DECLARE_TR_FUNCTIONS(ProxySetting)

public:
    enum class Mode
    {
        System,
        None,
        Manual,
        Pac
    };

    Mode mode = Mode::System;
    QUrl url; // Manual: http://host:port; Pac: the script's URL
    QString user;

    // The form shown in reports: no password, ever.
    QString display() const;
    static std::variant<ProxySetting, QString> parse(const QString& text);
};

} // namespace cloudcheck
