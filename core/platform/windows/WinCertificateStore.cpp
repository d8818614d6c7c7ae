#include "WinCertificateStore.h"

#include "WideText.h"

// windows.h first: wincrypt.h relies on its types (include sorting would swap them).
// clang-format off
#include <windows.h>
#include <wincrypt.h>
// clang-format on

namespace cloudcheck::platform {

namespace {

CertificatePresence findIn(const wchar_t* storeName, const std::wstring& commonName)
{
    HCERTSTORE store = CertOpenStore(CERT_STORE_PROV_SYSTEM_W, 0, 0,
                                     CERT_SYSTEM_STORE_LOCAL_MACHINE | CERT_STORE_READONLY_FLAG |
                                         CERT_STORE_OPEN_EXISTING_FLAG,
                                     storeName);
    if (!store)
        return CertificatePresence::Unreadable;
    CertificatePresence presence = CertificatePresence::Absent;
    PCCERT_CONTEXT certificate = nullptr;
    // CERT_FIND_SUBJECT_STR matches a substring of the whole subject, so each candidate's common
    // name is compared exactly: "DigiCert Global Root G2" must not match "... Root G3".
    while ((certificate =
                CertFindCertificateInStore(store, X509_ASN_ENCODING | PKCS_7_ASN_ENCODING, 0,
                                           CERT_FIND_SUBJECT_STR_W, commonName.c_str(), certificate))) {
        wchar_t name[512] = {};
        CertGetNameStringW(certificate, CERT_NAME_ATTR_TYPE, 0, const_cast<char*>(szOID_COMMON_NAME), name,
                           DWORD(sizeof(name) / sizeof(name[0])));
        if (_wcsicmp(name, commonName.c_str()) == 0) {
            presence = CertificatePresence::Present;
            CertFreeCertificateContext(certificate);
            break;
        }
    }
    CertCloseStore(store, 0);
    return presence;
}

} // namespace

CertificatePresence WinCertificateStore::find(CertificateStoreName store, const std::string& commonName) const
{
    const std::wstring name = WideText::fromUtf8(commonName);
    if (store == CertificateStoreName::Intermediate)
        return findIn(L"CA", name);
    // Roots Windows fetched through root auto-update live in the AuthRoot store, which the
    // certificate manager shows under Trusted Root Certification Authorities too.
    const CertificatePresence root = findIn(L"ROOT", name);
    if (root == CertificatePresence::Present)
        return root;
    const CertificatePresence authRoot = findIn(L"AuthRoot", name);
    if (authRoot == CertificatePresence::Present)
        return authRoot;
    return root == CertificatePresence::Unreadable ? root : CertificatePresence::Absent;
}

} // namespace cloudcheck::platform
