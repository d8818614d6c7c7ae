#pragma once

#include "result/RunResult.h"

#include <QTextBrowser>

namespace cloudcheck {

// The details pane under the results: for an address or a host check, what was found and what to
// change, with clickable support links; for a TLS or certificate step, the certificate chain as received.
// Every string that came from the network (and, for good measure, from the catalog) is
// HTML-escaped before it reaches the document.
class DetailsView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailsView(QWidget* parent = nullptr);

    void showPlaceholder();
    void showService(const Service& service, Language language);
    void showTarget(const TargetResult& result, bool finished, const StepResult* focus,
                    const CatalogInfo& catalog, Language language);
    // The host group as a whole (check null), or one of its checks: the value read, why it
    // matters and the fix, as the reports word them (HostHtml).
    void showHost(const HostResult& host, const HostCheck* check, Language language);

    static QString targetHtml(const TargetResult& result, bool finished, const StepResult* focus,
                              const CatalogInfo& catalog, Language language);
};

} // namespace cloudcheck
