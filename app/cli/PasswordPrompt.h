#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace cloudcheck {

// Where cloudcheck-cli gets a proxy password: CLOUDCHECK_PROXY_PASSWORD, else a prompt with echo
// off when a terminal is attached. Never argv, so the password is not in the process list or the
// shell history. The variable is removed from the environment once read, so no child process
// (the PAC helper) inherits it.
class PasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPrompt)

public:
    static constexpr const char* kVariable = "CLOUDCHECK_PROXY_PASSWORD";

    // nullopt: no variable and no terminal to ask on.
    static std::optional<QString> obtain(const QString& user);

private:
    static std::optional<QString> askOnTerminal(const QString& user);
};

} // namespace cloudcheck
