#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace cloudcheck {

// One challenge of a Proxy-Authenticate header (RFC 9110 §11.6.2): a scheme with either a token68
// (NTLM and Negotiate carry their handshake in it) or parameters (Basic's and Digest's realm,
// Digest's nonce). Parameter names are lower case; quoted values are unquoted.
struct ProxyChallenge
{
    QString scheme;
    QByteArray token68;
    QHash<QByteArray, QByteArray> params;

    bool is(QStringView name) const { return scheme.compare(name, Qt::CaseInsensitive) == 0; }

    // Every challenge in the Proxy-Authenticate values, repeated headers joined with ", ". Commas
    // inside quoted strings do not split; unparseable pieces are skipped.
    static QList<ProxyChallenge> parse(const QByteArray& joined);
};

} // namespace cloudcheck
