#pragma once

#include "result/TargetResult.h"
#include "route/Route.h"

#include <QCoreApplication>

namespace cloudcheck {

// Turns a target's observed facts into findings (code, severity, message, remediation, links)
// and its verdict. Pure: it never touches a socket, so recorded facts can be re-diagnosed, for
// example after the user switches language.
class Diagnosis
{
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)

public:
    static constexpr qint64 kSlowTcpMs = 1000;
    static constexpr qint64 kSlowTlsMs = 2000;
    static constexpr qint64 kSlowHttpMs = 3000;
    static constexpr double kClockSkewLimitSeconds = 300;

    // Replaces result.findings, result.verdict and result.reason.
    static void apply(TargetResult& result);

    // "through the proxy 10.1.2.3:8080, from the https_proxy environment variable" and the like:
    // the path a target took, for the reports and the details pane.
    static QString describeRoute(const Route& route);
    // describeRoute() without what a PAC script returned or which entries were tried first.
    static QString describePath(const Route& route);
    // Why a configured proxy cannot be used, in words (Route::problem is a code).
    static QString routeProblemText(const QString& problem);
    // Why a PAC script gave no answer (PacScriptFetch's and PacEvaluator's reasons), in words.
    static QString pacFailureText(const QString& reason);
    // Where a proxy setting came from ("the https_proxy environment variable").
    static QString routeOrigin(const Route& route);

    static const QString kCtx221535;
    static const QString kCtx223828;
    static const QString kCtx477396;
    static const QString kCtx335879;
    static const QString kProxyFirewallDoc;
};

} // namespace cloudcheck
