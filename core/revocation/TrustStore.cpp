#include "TrustStore.h"

#include "support/OpenSslHandles.h"

#include <QSslConfiguration>

namespace cloudcheck {

namespace {
void freeCertificates(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}
} // namespace

struct TrustStore::Data
{
    openssl::X509StorePtr store{X509_STORE_new()};
};

TrustStore::TrustStore(const QList<QSslCertificate>& trusted, bool system) : m_data(std::make_unique<Data>())
{
    QList<QSslCertificate> all = trusted;
    if (system) {
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
        all += QSslConfiguration::systemCaCertificates();
#else
        X509_STORE_set_default_paths(m_data->store.get());
#endif
    }
    for (const QSslCertificate& certificate : std::as_const(all)) {
        if (const openssl::X509Ptr x509 = openssl::toX509(certificate))
            X509_STORE_add_cert(m_data->store.get(), x509.get()); // takes its own reference
    }
    openssl::clearErrors(); // duplicates are reported as errors and are harmless
}

TrustStore::~TrustStore() = default;

x509_store_st* TrustStore::get() const
{
    return m_data->store.get();
}

QSslCertificate TrustStore::find(const X509_name_st* name) const
{
    std::unique_ptr<X509_STORE_CTX, openssl::Deleter<X509_STORE_CTX, X509_STORE_CTX_free>> context(
        X509_STORE_CTX_new());
    QSslCertificate found;
    if (name && context && X509_STORE_CTX_init(context.get(), m_data->store.get(), nullptr, nullptr) == 1) {
        X509_OBJECT* object =
            X509_STORE_CTX_get_obj_by_subject(context.get(), X509_LU_X509, const_cast<X509_NAME*>(name));
        if (object) {
            if (X509* x509 = X509_OBJECT_get0_X509(object)) {
                const int length = i2d_X509(x509, nullptr);
                if (length > 0) {
                    QByteArray der(length, Qt::Uninitialized);
                    auto* out = reinterpret_cast<unsigned char*>(der.data());
                    i2d_X509(x509, &out);
                    found = QSslCertificate(der, QSsl::Der);
                }
            }
            X509_OBJECT_free(object);
        }
    }
    openssl::clearErrors();
    return found;
}

QSslCertificate TrustStore::find(const QString& slashName) const
{
    const openssl::X509NamePtr name = openssl::nameFromText(slashName);
    return name ? find(name.get()) : QSslCertificate();
}

QList<QSslCertificate> TrustStore::complete(const QList<QSslCertificate>& presented) const
{
    if (presented.isEmpty())
        return presented;
    const openssl::X509Ptr leaf = openssl::toX509(presented.first());
    std::unique_ptr<STACK_OF(X509), openssl::Deleter<STACK_OF(X509), freeCertificates>> untrusted(
        sk_X509_new_null());
    for (qsizetype i = 1; i < presented.size(); ++i) {
        if (X509* x509 = openssl::toX509(presented.at(i)).release())
            sk_X509_push(untrusted.get(), x509);
    }
    std::unique_ptr<X509_STORE_CTX, openssl::Deleter<X509_STORE_CTX, X509_STORE_CTX_free>> context(
        X509_STORE_CTX_new());
    QList<QSslCertificate> chain;
    if (leaf && context &&
        X509_STORE_CTX_init(context.get(), m_data->store.get(), leaf.get(), untrusted.get()) == 1 &&
        X509_verify_cert(context.get()) == 1) {
        STACK_OF(X509)* verified = X509_STORE_CTX_get0_chain(context.get());
        for (int i = 0; i < sk_X509_num(verified); ++i) {
            X509* x509 = sk_X509_value(verified, i);
            const int length = i2d_X509(x509, nullptr);
            QByteArray der(length, Qt::Uninitialized);
            auto* out = reinterpret_cast<unsigned char*>(der.data());
            i2d_X509(x509, &out);
            chain << QSslCertificate(der, QSsl::Der);
        }
    }
    openssl::clearErrors();
    return chain.isEmpty() ? presented : chain;
}

} // namespace cloudcheck
