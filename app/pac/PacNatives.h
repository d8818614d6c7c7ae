#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace cloudcheck {

// The two PAC functions that need the machine, exposed to the script as __cloudcheckPac and
// wrapped by PacPrelude.js. Lives on the engine's thread: dnsResolve blocks in getaddrinfo, and
// only the JavaScript after it can be interrupted, so the caller's timeout still ends the run.
class PacNatives : public QObject
{
    Q_OBJECT

public:
    // pins: lower-case host -> address; an empty address pins the name as not resolvable.
    explicit PacNatives(QHash<QString, QString> pins, QObject* parent = nullptr);

    // The first IPv4 address of the name (as browsers answer PAC scripts), else its first
    // address, else "" (the prelude turns it into null). Pins first, then the system resolver.
    Q_INVOKABLE QString dnsResolve(const QString& host);
    // The first IPv4 address of an up, non-loopback interface, else 127.0.0.1 (Firefox's fallback).
    Q_INVOKABLE QString myIpAddress() const;

private:
    QHash<QString, QString> m_pins;
    QHash<QString, QString> m_resolved; // a script asks for the same name for every query
};

} // namespace cloudcheck
