#include "UntrustedText.h"

#include <QChar>

namespace cloudcheck {

namespace {

constexpr char16_t kEllipsis = u'\u2026';

QString escapeFor(char32_t codePoint)
{
    if (codePoint < 0x100)
        return QStringLiteral("\\x") + QString::number(codePoint, 16).rightJustified(2, u'0');
    if (codePoint < 0x10000)
        return QStringLiteral("\\u") + QString::number(codePoint, 16).rightJustified(4, u'0');
    return QStringLiteral("\\U") + QString::number(codePoint, 16).rightJustified(8, u'0');
}

// Appends pieces while they fit, keeping room for the ellipsis; a piece that does not fit
// (an escape is never split) ends the text.
class CappedText
{
public:
    explicit CappedText(qsizetype maxLength) : m_max(qMax<qsizetype>(maxLength, 1)) {}

    bool append(QStringView piece, bool more)
    {
        if (m_full)
            return false;
        // The last piece may use the ellipsis' place; any other must leave room for it.
        const qsizetype room = more ? m_max - 1 : m_max;
        if (m_text.size() + piece.size() > room) {
            m_full = true;
            return false;
        }
        m_text += piece;
        return true;
    }
    QString result(bool cut)
    {
        if (cut || m_full)
            m_text += kEllipsis;
        return m_text;
    }

private:
    QString m_text;
    qsizetype m_max;
    bool m_full = false;
};

// The text as it will be shown, one piece per code point (or per invalid unit).
template <typename Piece>
bool appendCodePoint(CappedText& out, char32_t codePoint, bool more, Piece&& raw)
{
    if (UntrustedText::mustEscape(codePoint))
        return out.append(escapeFor(codePoint), more);
    return out.append(raw(), more);
}

} // namespace

bool UntrustedText::mustEscape(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true; // C0, DEL, C1
    if (c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) ||
        (c >= 0x2066 && c <= 0x2069))
        return true; // bidi controls
    if ((c >= 0x200b && c <= 0x200d) || c == 0x2060 || c == 0xfeff)
        return true; // zero-width
    if (c >= 0xd800 && c <= 0xdfff)
        return true; // a lone surrogate
    if (c > 0x10ffff)
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format: // soft hyphen, invisible operators, interlinear annotations, tags
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString UntrustedText::forDisplay(QStringView text, qsizetype maxLength)
{
    CappedText out(maxLength);
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        char32_t codePoint = text.at(i).unicode();
        qsizetype units = 1;
        if (QChar::isHighSurrogate(codePoint) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            units = 2;
        }
        const bool more = i + units < size;
        if (!appendCodePoint(out, codePoint, more, [&] { return text.sliced(i, units); }))
            return out.result(true);
        i += units;
    }
    return out.result(false);
}

QString UntrustedText::forDisplay(const QByteArray& bytes, qsizetype maxLength)
{
    CappedText out(maxLength);
    const auto byteAt = [&](qsizetype i) { return static_cast<unsigned char>(bytes.at(i)); };
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        // A strict UTF-8 decoder: no overlong forms, no surrogates, nothing past U+10FFFF.
        const unsigned char lead = byteAt(i);
        char32_t codePoint = lead;
        qsizetype length = 1;
        char32_t minimum = 0;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
            codePoint = lead & 0x1f;
            minimum = 0x80;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            codePoint = lead & 0x0f;
            minimum = 0x800;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            codePoint = lead & 0x07;
            minimum = 0x10000;
        }
        bool valid = lead < 0x80 || length > 1;
        if (length > 1) {
            valid = i + length <= size;
            for (qsizetype k = 1; valid && k < length; ++k) {
                const unsigned char next = byteAt(i + k);
                valid = (next & 0xc0) == 0x80;
                codePoint = codePoint << 6 | (next & 0x3f);
            }
            valid = valid && codePoint >= minimum && codePoint <= 0x10ffff &&
                    !(codePoint >= 0xd800 && codePoint <= 0xdfff);
        }
        if (!valid) {
            // Shown as the byte it is, then decoding resumes at the next byte.
            if (!out.append(escapeFor(lead), i + 1 < size))
                return out.result(true);
            ++i;
            continue;
        }
        const bool more = i + length < size;
        if (!appendCodePoint(out, codePoint, more,
                             [&] { return QStringView(QChar::fromUcs4(codePoint)).toString(); }))
            return out.result(true);
        i += length;
    }
    return out.result(false);
}

} // namespace cloudcheck
