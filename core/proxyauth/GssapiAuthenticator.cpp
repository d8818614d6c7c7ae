#include "GssapiAuthenticator.h"

#include <gssapi/gssapi.h>
#include <gssapi/gssapi_ext.h>

namespace cloudcheck {

namespace {

// SPNEGO (RFC 4178) and Microsoft's NTLMSSP mechanism, as GSSAPI object identifiers.
gss_OID_desc kSpnego{6, const_cast<char*>("\x2b\x06\x01\x05\x05\x02")};
gss_OID_desc kNtlmssp{10, const_cast<char*>("\x2b\x06\x01\x04\x01\x82\x37\x02\x02\x0a")};

gss_OID mechanismOid(GssapiAuthenticator::Mechanism mechanism)
{
    return mechanism == GssapiAuthenticator::Mechanism::Negotiate ? &kSpnego : &kNtlmssp;
}

QString statusText(OM_uint32 code, int type)
{
    QStringList parts;
    OM_uint32 context = 0;
    do {
        OM_uint32 minor = 0;
        gss_buffer_desc text{0, nullptr};
        if (GSS_ERROR(gss_display_status(&minor, code, type, GSS_C_NO_OID, &context, &text)))
            break;
        parts << QString::fromLocal8Bit(static_cast<const char*>(text.value), qsizetype(text.length));
        gss_release_buffer(&minor, &text);
    } while (context != 0);
    return parts.join(QStringLiteral("; "));
}

QString errorText(OM_uint32 major, OM_uint32 minor)
{
    const QString minorText = minor ? statusText(minor, GSS_C_MECH_CODE) : QString();
    return minorText.isEmpty() ? statusText(major, GSS_C_GSS_CODE)
                               : statusText(major, GSS_C_GSS_CODE) + u": " + minorText;
}

} // namespace

struct GssapiAuthenticator::Handles
{
    gss_name_t target = GSS_C_NO_NAME;
    gss_cred_id_t credential = GSS_C_NO_CREDENTIAL;
    gss_ctx_id_t context = GSS_C_NO_CONTEXT;
};

GssapiAuthenticator::GssapiAuthenticator(Mechanism mechanism, ProxyCredentials credentials, QString proxyHost)
    : m_mechanism(mechanism), m_credentials(std::move(credentials)), m_proxyHost(std::move(proxyHost)),
      m_handles(new Handles)
{}

GssapiAuthenticator::~GssapiAuthenticator()
{
    OM_uint32 minor = 0;
    if (m_handles->context != GSS_C_NO_CONTEXT)
        gss_delete_sec_context(&minor, &m_handles->context, GSS_C_NO_BUFFER);
    if (m_handles->credential != GSS_C_NO_CREDENTIAL)
        gss_release_cred(&minor, &m_handles->credential);
    if (m_handles->target != GSS_C_NO_NAME)
        gss_release_name(&minor, &m_handles->target);
    delete m_handles;
}

bool GssapiAuthenticator::isAvailable(Mechanism mechanism)
{
    OM_uint32 minor = 0;
    gss_OID_set mechanisms = GSS_C_NO_OID_SET;
    if (GSS_ERROR(gss_indicate_mechs(&minor, &mechanisms)))
        return false;
    int present = 0;
    gss_test_oid_set_member(&minor, mechanismOid(mechanism), mechanisms, &present);
    gss_release_oid_set(&minor, &mechanisms);
    return present != 0;
}

ProxyAuthenticator::Answer GssapiAuthenticator::respond(const ProxyChallenge& challenge)
{
    OM_uint32 minor = 0;
    OM_uint32 major = 0;
    if (m_handles->target == GSS_C_NO_NAME) {
        const QByteArray service = "HTTP@" + m_proxyHost.toUtf8();
        gss_buffer_desc name{size_t(service.size()), const_cast<char*>(service.constData())};
        major = gss_import_name(&minor, &name, GSS_C_NT_HOSTBASED_SERVICE, &m_handles->target);
        if (GSS_ERROR(major))
            return errorText(major, minor);
    }
    if (!m_credentials.isEmpty() && m_handles->credential == GSS_C_NO_CREDENTIAL) {
        const QByteArray user = m_credentials.user.toUtf8();
        gss_buffer_desc userBuffer{size_t(user.size()), const_cast<char*>(user.constData())};
        gss_name_t userName = GSS_C_NO_NAME;
        major = gss_import_name(&minor, &userBuffer, GSS_C_NT_USER_NAME, &userName);
        if (GSS_ERROR(major))
            return errorText(major, minor);
        QByteArray password = m_credentials.password.toUtf8();
        gss_buffer_desc passwordBuffer{size_t(password.size()), password.data()};
        gss_OID_desc mechanism = *mechanismOid(m_mechanism);
        gss_OID_set_desc mechanisms{1, &mechanism};
        major =
            gss_acquire_cred_with_password(&minor, userName, &passwordBuffer, GSS_C_INDEFINITE, &mechanisms,
                                           GSS_C_INITIATE, &m_handles->credential, nullptr, nullptr);
        password.fill('\0');
        gss_release_name(&minor, &userName);
        if (GSS_ERROR(major))
            return errorText(major, minor);
    }
    const QByteArray input = QByteArray::fromBase64(challenge.token68);
    gss_buffer_desc inputBuffer{size_t(input.size()), const_cast<char*>(input.constData())};
    gss_buffer_desc output{0, nullptr};
    major = gss_init_sec_context(&minor, m_handles->credential, &m_handles->context, m_handles->target,
                                 mechanismOid(m_mechanism), 0, GSS_C_INDEFINITE, GSS_C_NO_CHANNEL_BINDINGS,
                                 input.isEmpty() ? GSS_C_NO_BUFFER : &inputBuffer, nullptr, &output, nullptr,
                                 nullptr);
    if (GSS_ERROR(major))
        return errorText(major, minor);
    const QByteArray token(static_cast<const char*>(output.value), qsizetype(output.length));
    gss_release_buffer(&minor, &output);
    if (token.isEmpty())
        return QStringLiteral("the security library produced no token");
    return (m_mechanism == Mechanism::Negotiate ? QByteArray("Negotiate ") : QByteArray("NTLM ")) +
           token.toBase64();
}

} // namespace cloudcheck
