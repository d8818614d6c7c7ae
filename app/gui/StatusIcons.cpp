#include "StatusIcons.h"

namespace cloudcheck {

QString StatusIcons::path(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral(":/icons/pass.svg");
    case Verdict::Warn:
        return QStringLiteral(":/icons/warn.svg");
    case Verdict::Fail:
        return QStringLiteral(":/icons/fail.svg");
    case Verdict::NotRun:
        return QStringLiteral(":/icons/not_run.svg");
    case Verdict::Error:
        return QStringLiteral(":/icons/error.svg");
    }
    return QStringLiteral(":/icons/not_run.svg");
}

QIcon StatusIcons::verdict(Verdict verdict)
{
    return QIcon(path(verdict));
}

QIcon StatusIcons::running()
{
    return QIcon(QStringLiteral(":/icons/running.svg"));
}

QIcon StatusIcons::pending()
{
    return QIcon(QStringLiteral(":/icons/pending.svg"));
}

QIcon StatusIcons::application()
{
    return QIcon(QStringLiteral(":/icons/cloudcheck.svg"));
}

QString StatusIcons::runningLabel()
{
    return tr("Checking");
}

QString StatusIcons::pendingLabel()
{
    return tr("Waiting");
}

} // namespace cloudcheck
