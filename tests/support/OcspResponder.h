// A real `openssl ocsp` responder process, started and stopped by pid (OpenSSL 3.0's responder
// takes a port only and listens on every address; tests connect to it on 127.0.0.1 only).
#pragma once

#include <QProcess>
#include <QString>

namespace cctest {

class OcspResponder
{
public:
    OcspResponder() = default;
    ~OcspResponder();
    OcspResponder(const OcspResponder&) = delete;
    OcspResponder& operator=(const OcspResponder&) = delete;

    // Answers from `index` for certificates issued by `caPem`, signed with `signerPem`/`keyPem`.
    // Returns once the responder says it is serving (it serves one connection at a time and
    // waits for a request on each, so readiness is never probed with a connection of our own).
    bool start(quint16 port, const QString& index, const QString& signerPem, const QString& keyPem,
               const QString& caPem);
    QString output() const { return QString::fromLocal8Bit(m_output); }

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace cctest
