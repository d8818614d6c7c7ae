#pragma once

#include <string>

namespace cloudcheck::platform {

// The machine's (LocalMachine) certificate stores a rule may ask about.
enum class CertificateStoreName
{
    Root,        // trusted roots ("Root", with the auto-updated "AuthRoot")
    Intermediate // intermediate authorities ("CA")
};

enum class CertificatePresence
{
    Present,
    Absent,
    Unreadable // the store could not be opened: no evidence either way
};

// Whether a certificate, named by its subject common name, is in a LocalMachine store. The name,
// not a thumbprint, because DigiCert reissues under the same name and a rule cares that the
// authority is trusted, not which copy.
class CertificateStore
{
public:
    virtual ~CertificateStore() = default;
    virtual CertificatePresence find(CertificateStoreName store, const std::string& commonName) const = 0;
};

} // namespace cloudcheck::platform
