#include "DigestAuthenticator.h"

#include <QRandomGenerator>

namespace cloudcheck {

namespace {

QByteArray quoted(const QByteArray& value)
{
    QByteArray escaped = value;
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + escaped + '"';
}

} // namespace

DigestAuthenticator::DigestAuthenticator(ProxyCredentials credentials, QByteArray method, QByteArray uri)
    : m_credentials(std::move(credentials)), m_method(std::move(method)), m_uri(std::move(uri))
{
    const quint64 random[2] = {QRandomGenerator::system()->generate64(),
                               QRandomGenerator::system()->generate64()};
    m_cnonce = QByteArray(reinterpret_cast<const char*>(random), sizeof random).toHex();
}

ProxyAuthenticator::Answer DigestAuthenticator::respond(const ProxyChallenge& challenge)
{
    const QByteArray realm = challenge.params.value("realm");
    const QByteArray nonce = challenge.params.value("nonce");
    if (nonce.isEmpty())
        return QStringLiteral("the proxy's Digest challenge has no nonce");
    QByteArray algorithm = challenge.params.value("algorithm", "MD5");
    const QByteArray upper = algorithm.toUpper();
    const bool session = upper.endsWith("-SESS");
    QCryptographicHash::Algorithm hash;
    if (upper == "MD5" || upper == "MD5-SESS")
        hash = QCryptographicHash::Md5;
    else if (upper == "SHA-256" || upper == "SHA-256-SESS")
        hash = QCryptographicHash::Sha256;
    else
        return QStringLiteral("the proxy asks for Digest algorithm %1, which CloudCheck does not support")
            .arg(QString::fromLatin1(algorithm.left(40)));
    const auto h = [hash](const QByteArray& data) { return QCryptographicHash::hash(data, hash).toHex(); };

    const QByteArray user = m_credentials.user.toUtf8();
    QByteArray ha1 = h(user + ':' + realm + ':' + m_credentials.password.toUtf8());
    if (session)
        ha1 = h(ha1 + ':' + nonce + ':' + m_cnonce);
    const QByteArray ha2 = h(m_method + ':' + m_uri);
    bool qopAuth = false;
    for (const QByteArray& offered : challenge.params.value("qop").split(','))
        qopAuth = qopAuth || offered.trimmed().toLower() == "auth";
    static constexpr char kNonceCount[] = "00000001";
    const QByteArray response =
        qopAuth ? h(ha1 + ':' + nonce + ':' + kNonceCount + ':' + m_cnonce + ":auth:" + ha2)
                : h(ha1 + ':' + nonce + ':' + ha2);

    QByteArray value = "Digest username=" + quoted(user) + ", realm=" + quoted(realm) +
                       ", nonce=" + quoted(nonce) + ", uri=" + quoted(m_uri) + ", algorithm=" + algorithm +
                       ", response=" + quoted(response);
    if (qopAuth)
        value += ", qop=auth, nc=" + QByteArray(kNonceCount) + ", cnonce=" + quoted(m_cnonce);
    if (challenge.params.contains("opaque"))
        value += ", opaque=" + quoted(challenge.params.value("opaque"));
    return value;
}

} // namespace cloudcheck
