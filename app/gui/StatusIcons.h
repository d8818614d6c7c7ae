#pragma once

#include "result/Verdict.h"

#include <QCoreApplication>
#include <QIcon>

namespace cloudcheck {

// The status icons (SVG, compiled in as resources) and the words that go with them, so every
// view shows a verdict the same way and never by colour alone.
class StatusIcons
{
    Q_DECLARE_TR_FUNCTIONS(StatusIcons)

public:
    static QIcon verdict(Verdict verdict);
    static QIcon running();
    static QIcon pending();
    static QIcon application();

    static QString runningLabel();
    static QString pendingLabel();
    // The resource path, for places that need a file name (for example an <img> in HTML).
    static QString path(Verdict verdict);
};

} // namespace cloudcheck
