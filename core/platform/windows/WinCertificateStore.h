#pragma once

#include "platform/CertificateStore.h"

namespace cloudcheck::platform {

// CertOpenStore on the LocalMachine system stores, read-only; a certificate matches when its
// subject common name is exactly the name asked for.
class WinCertificateStore final : public CertificateStore
{
public:
    CertificatePresence find(CertificateStoreName store, const std::string& commonName) const override;
};

} // namespace cloudcheck::platform
