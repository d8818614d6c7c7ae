#pragma once

#include <QString>

namespace cloudcheck {

// What the run may use to sign in to a proxy. Deliberately nothing here serialises: the password
// lives in memory for the length of a run and never reaches a report, a log, QSettings or the
// details pane. An empty user means "no credentials given" (on Windows the logged-on user's own
// NTLM/Negotiate sign-in may still be tried, as the browser does).
struct ProxyCredentials
{
    QString user;
    QString password;

    bool isEmpty() const { return user.isEmpty(); }
};

} // namespace cloudcheck
