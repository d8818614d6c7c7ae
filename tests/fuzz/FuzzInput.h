// Shared by the fuzz targets: the input as Qt bytes, and checks that stop the run loudly.
#pragma once

#include "support/UntrustedText.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace cloudcheck::fuzz {

// A deep copy: the entry points may keep the bytes (implicit sharing) past this call.
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// An invariant the entry point promises; broken, it is a finding like a crash.
inline void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

// Text made safe by UntrustedText::forDisplay: nothing left to escape, so a second pass changes
// nothing, and no longer than `maxLength`.
inline void requireDisplaySafe(const QString& text, qsizetype maxLength = UntrustedText::kDefaultMaxLength)
{
    require(text.size() <= maxLength, "display text within its length");
    for (const char32_t codePoint : text.toUcs4())
        require(!UntrustedText::mustEscape(codePoint), "display text holds nothing raw");
    require(UntrustedText::forDisplay(text, maxLength) == text, "display text is a fixed point");
}

} // namespace cloudcheck::fuzz
