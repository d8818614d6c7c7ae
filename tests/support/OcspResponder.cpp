#include "OcspResponder.h"

#include <QElapsedTimer>
#include <QStandardPaths>

namespace cctest {

OcspResponder::~OcspResponder()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill(); // this responder's pid only
        m_process.waitForFinished(5000);
    }
}

bool OcspResponder::start(quint16 port, const QString& index, const QString& signerPem, const QString& keyPem,
                          const QString& caPem)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        m_output = "the openssl command is not installed";
        return false;
    }
    m_process.setProgram(openssl);
    m_process.setArguments({QStringLiteral("ocsp"), QStringLiteral("-index"), index, QStringLiteral("-port"),
                            QString::number(port), QStringLiteral("-rsigner"), signerPem,
                            QStringLiteral("-rkey"), keyPem, QStringLiteral("-CA"), caPem,
                            QStringLiteral("-ignore_err")});
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start();
    if (!m_process.waitForStarted())
        return false;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000 && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        m_output += m_process.readAll();
        if (m_output.contains("waiting for OCSP client connections"))
            return true;
    }
    return false;
}

} // namespace cctest
