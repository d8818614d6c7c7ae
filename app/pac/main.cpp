// cloudcheck-pac: evaluates a PAC script for the engine (core/pac/PacEvaluator), in a process of
// its own so that QJSEngine (Qt Qml) stays out of the engine, and so that a script that loops or
// allocates without end costs this process, never the run. Reads one JSON request on stdin until
// EOF (PacRequest.h), writes one JSON object on stdout:
//   {"answers": [{"returned": "PROXY a:3128; DIRECT"} | {"error": "timeout"}, ...]}
//   {"error": "syntax: SyntaxError: ... line 3"}   when the script cannot be used at all
// It never fetches anything and never looks for WPAD; its only network use is name lookups.
#include "PacRequest.h"
#include "PacSession.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace cloudcheck;
using namespace Qt::StringLiterals;

namespace {

// Reads stdin to EOF, stopping one byte past the limit so an oversized request is refused
// without being held in memory whole.
QByteArray readStandardInput(qsizetype limit)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray data;
    while (data.size() <= limit) {
        const QByteArray chunk = input.read(64 * 1024);
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    return data;
}

void writeOutput(const QJsonObject& output)
{
    const QByteArray bytes = QJsonDocument(output).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"cloudcheck-pac"_s);

    QString error;
    PacRequest request = PacRequest::parse(readStandardInput(PacRequest::kMaxInputBytes), &error);
    if (!error.isEmpty()) {
        writeOutput(QJsonObject{{u"error"_s, error}});
        return 2;
    }

    auto session = std::make_unique<PacSession>(std::move(request));
    QObject::connect(session.get(), &PacSession::done, &app, [](const QJsonObject& output) {
        writeOutput(output);
        QCoreApplication::quit();
    });
    session->start();
    app.exec();
    if (!session->stop()) {
        // The engine thread is inside getaddrinfo and cannot be joined; the answer is written.
        std::_Exit(0);
    }
    return 0;
}
