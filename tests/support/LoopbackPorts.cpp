#include "LoopbackPorts.h"

#include <QHostAddress>
#include <QTcpServer>

namespace cctest {

quint16 refusedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace cctest
