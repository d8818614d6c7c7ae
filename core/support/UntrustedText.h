#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace cloudcheck {

// The one rule for text CloudCheck did not write: certificate fields, HTTP and proxy replies,
// DNS names, catalog and CA files. What a terminal, a log file, a plain-text report or a
// tooltip would obey rather than print is shown as a visible escape instead:
// - C0 controls, DEL and C1 (U+0080-U+009F; U+009B is a one-character CSI) as "\xNN";
// - bidi controls (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), zero-width and other
//   invisible format characters (U+200B-U+200D, U+2060, U+FEFF, ...), line and paragraph
//   separators, and lone surrogates as "\uNNNN" (or "\UNNNNNNNN" beyond the BMP).
// The result is at most maxLength characters, ending in "…" when cut. Backslashes are left
// alone, so applying it twice changes nothing and a second pass at an output is always safe.
// HTML output escapes on top of this (toHtmlEscaped()).
class UntrustedText
{
public:
    static constexpr qsizetype kDefaultMaxLength = 512;

    static QString forDisplay(QStringView text, qsizetype maxLength = kDefaultMaxLength);
    // Decodes UTF-8; every byte that is not part of a valid sequence is shown as "\xNN".
    static QString forDisplay(const QByteArray& bytes, qsizetype maxLength = kDefaultMaxLength);
    // True when forDisplay() would escape this code point.
    static bool mustEscape(char32_t codePoint);
};

} // namespace cloudcheck
