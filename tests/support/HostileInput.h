// Text that a hostile server, interceptor or file can choose, a loopback run that feeds it to
// the engine through a certificate and an HTTP response, and the check that none of it reaches
// an output raw. Every output (text and JSON reports, logs, the wizard's model) is tested with it.
#pragma once

#include "result/RunResult.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace cctest {

class HostileInput
{
public:
    // ESC (a CSI sequence), BEL, C1 CSI (U+009B), RLO (U+202E), ZWSP (U+200B), ZWJ, BOM and an
    // OSC title sequence, around a readable word so the field is still recognisable.
    static QString text();
    // The same as UTF-8, with a byte that is not UTF-8 (0xff) and a raw CR LF-free tail.
    static QByteArray bytes();
    // The first character of `output` that must never appear raw, or nullopt when there is none.
    // (Newline and tab are allowed: reports are made of lines.)
    static std::optional<char32_t> firstRaw(QStringView output);
    static QString describe(char32_t codePoint);

    // Ids of the two targets run() probes.
    static QString interceptedId();
    static QString headersId();

    // A loopback run of two targets: one presents a leaf issued by a CA whose O=, CN= and the
    // leaf's own CN= and SAN hold text() (trusted, so the chain is read and TLS_INTERCEPTED
    // names the issuer); the other is trusted and answers with a hostile reason phrase and
    // Server, Via and Location headers ("<b>x</b>" included). Returns nullopt after a QTest
    // failure has been recorded.
    static std::optional<cloudcheck::RunResult> run();
};

} // namespace cctest
