#pragma once

#include <QList>
#include <QString>

namespace cloudcheck {

// What a FindProxyForURL answer says, in order: "PROXY a:3128; PROXY b:8080; DIRECT" is three
// entries, tried in that order by a browser. Parsing never fails; what CloudCheck cannot use
// (SOCKS, HTTPS proxies, unknown words, a PROXY without a usable address) is kept as Unsupported
// with its text, so the engine can say what the script asked for.
class PacDirective
{
public:
    enum class Kind
    {
        Direct,
        Proxy, // PROXY or HTTP: a plain HTTP proxy, CONNECT for TLS
        Unsupported,
    };

    struct Entry
    {
        Kind kind = Kind::Direct;
        QString host;     // Proxy: without IPv6 brackets
        quint16 port = 0; // Proxy
        QString keyword;  // Unsupported: upper case as written ("SOCKS5"), empty if there was none
        QString text;     // the entry as written, spaces collapsed

        bool operator==(const Entry&) const = default;
    };

    // The port a PROXY entry without one gets: 80, as Firefox and Chrome assume for an HTTP proxy.
    static constexpr quint16 kDefaultProxyPort = 80;

    static PacDirective parse(const QString& returned);

    const QList<Entry>& entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    // True when at least one entry is Direct or Proxy, i.e. CloudCheck has a route to try.
    bool hasUsableEntry() const;

    bool operator==(const PacDirective&) const = default;

private:
    QList<Entry> m_entries;
};

} // namespace cloudcheck
