#include "FuzzPki.h"

#include "revocation/TrustStore.h"

#include <cstdio>
#include <cstdlib>

namespace cloudcheck::fuzz {

namespace {

const char kIssuerPem[] = R"(
-----BEGIN CERTIFICATE-----
MIIBwzCCAWigAwIBAgIBATAKBggqhkjOPQQDAjA3MRgwFgYDVQQKDA9DbG91ZENo
ZWNrIEZ1enoxGzAZBgNVBAMMEkNsb3VkQ2hlY2sgRnV6eiBDQTAgFw0yNjExMzAw
NDM4MjBaGA8yMTI2MTEwNjA0MzgyMFowNzEYMBYGA1UECgwPQ2xvdWRDaGVjayBG
dXp6MRswGQYDVQQDDBJDbG91ZENoZWNrIEZ1enogQ0EwWTATBgcqhkjOPQIBBggq
hkjOPQMBBwNCAAToeJ4aWLX7MUx0+wRzB/3cndoThHehuKGeT9GqKmbIs+Ovw7XJ
t/zrgFAJEAQZV2SxCWx5d/q8JKZpFg6EwD2Wo2MwYTAdBgNVHQ4EFgQUfBeQpmLd
tuSYWjJb+BEyDZMRX40wHwYDVR0jBBgwFoAUfBeQpmLdtuSYWjJb+BEyDZMRX40w
DwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAYYwCgYIKoZIzj0EAwIDSQAw
RgIhAM19WnfmgpZwl9R5TbbP2d5UqxZKAXjPBSEypTM3wfNOAiEAlggbhqO4m9a1
WEy1zWLJHQ7E3ERrYW6DXoUFxjGp0Sk=
-----END CERTIFICATE-----
)";

const char kSubjectPem[] = R"(
-----BEGIN CERTIFICATE-----
MIICpTCCAkugAwIBAgICEAEwCgYIKoZIzj0EAwIwNzEYMBYGA1UECgwPQ2xvdWRD
aGVjayBGdXp6MRswGQYDVQQDDBJDbG91ZENoZWNrIEZ1enogQ0EwIBcNMjYxMTMw
MDQzODIwWhgPMjEyNjExMDYwNDM4MjBaMDYxGDAWBgNVBAoMD0Nsb3VkQ2hlY2sg
RnV6ejEaMBgGA1UEAwwRZnV6ei5leGFtcGxlLnRlc3QwWTATBgcqhkjOPQIBBggq
hkjOPQMBBwNCAATIFT4wgAY/je17eSFDE3Vy2CyPRnDKO9I3Yg10vrbWPzq+JQgc
LZigAQVuOTNDX4WY9ydDLkfIGkzv9IxPt77to4IBRDCCAUAwDAYDVR0TAQH/BAIw
ADAOBgNVHQ8BAf8EBAMCB4AwEwYDVR0lBAwwCgYIKwYBBQUHAwEwNwYDVR0RBDAw
LoIRZnV6ei5leGFtcGxlLnRlc3SCEyouZnV6ei5leGFtcGxlLnRlc3SHBMAAAgEw
MQYDVR0fBCowKDAmoCSgIoYgaHR0cDovL2NybC5leGFtcGxlLnRlc3QvZnV6ei5j
cmwwXwYIKwYBBQUHAQEEUzBRMCQGCCsGAQUFBzABhhhodHRwOi8vb2NzcC5leGFt
cGxlLnRlc3QwKQYIKwYBBQUHMAKGHWh0dHA6Ly9jYS5leGFtcGxlLnRlc3QvY2Eu
Y3J0MB8GA1UdIwQYMBaAFHwXkKZi3bbkmFoyW/gRMg2TEV+NMB0GA1UdDgQWBBRl
/sgb3yQSSIwUS5ewdJVlr5B1QTAKBggqhkjOPQQDAgNIADBFAiAHqd5DVleD1U+h
2qm+e7+XKH3fLPkdzyyIoEniMpvlpAIhAOa7OSsPzmodEu02n+dnZsuyde3RAVCC
mmvnFYxGouHl
-----END CERTIFICATE-----
)";

// openssl ocsp -issuer ca.pem -cert leaf.pem -reqout req.der -nonce
const char kOcspRequestBase64[] = "MGgwZjA/"
                                  "MD0wOzAJBgUrDgMCGgUABBTFsz252A8794whZ542QYw3Bnd2JgQUfBeQpmLdtuSYWjJb+"
                                  "BEyDZMRX40CAhABoiMwITAfBgkrBgEFBQcwAQIEEgQQhqQOnY/slIXc1gqHwWSakg==";

QSslCertificate certificate(const char* pem)
{
    QSslCertificate result(QByteArray(pem), QSsl::Pem);
    if (result.isNull()) {
        std::fputs("FuzzPki: a built-in certificate does not parse\n", stderr);
        std::abort();
    }
    return result;
}

} // namespace

const FuzzPki& fuzzPki()
{
    static const FuzzPki pki{
        certificate(kIssuerPem),
        certificate(kSubjectPem),
        QByteArray::fromBase64(QByteArray(kOcspRequestBase64)),
        QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC),
    };
    return pki;
}

const TrustStore& fuzzTrustStore()
{
    static const TrustStore store(QList<QSslCertificate>{fuzzPki().issuer}, false);
    return store;
}

} // namespace cloudcheck::fuzz
