#pragma once

#include <QObject>

namespace cloudcheck {

// Drops a socket `receiver` was listening to: no further signal reaches the receiver, the
// connection is cut at once, and the object is deleted from the event loop (this may run inside
// one of the socket's own signals). Works on a raw pointer or a QPointer; a null one is left alone.
template <typename SocketPointer>
void discardSocket(SocketPointer& socket, const QObject* receiver)
{
    if (!socket)
        return;
    socket->disconnect(receiver);
    socket->abort();
    socket->deleteLater();
    socket = nullptr;
}

} // namespace cloudcheck
