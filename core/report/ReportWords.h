#pragma once

#include "catalog/EndpointTypes.h"
#include "plan/ProxySetting.h"
#include "result/FindingCode.h"
#include "result/StepResult.h"
#include "result/Verdict.h"
#include "support/Language.h"

#include <QCoreApplication>
#include <QStringList>

namespace cloudcheck {

struct RunSummary;

// The words every rendering of a run shares: the text report, the HTML report and the wizard say
// a verdict, a step, an outcome and a finding the same way, translated once (docs/glossary-ja.md
// fixes the Japanese terms). Plain text only: callers escape for their medium.
class ReportWords
{
    Q_DECLARE_TR_FUNCTIONS(ReportWords)

public:
    // "Passed", "Warning", "Failed", "Not checked", "Error".
    static QString verdictLabel(Verdict verdict);
    // The same word as a tag for plain text ("PASSED"): upper case where the script has one.
    static QString verdictTag(Verdict verdict);
    static QString stepLabel(StepKind step);
    // A step's observed facts in one line, every outcome in words ("refused", not "refused").
    static QString stepFacts(const StepResult& step);
    // A recorded outcome or error value ("nxdomain", "not_tls", "answered") in words; an unknown
    // value is returned as it is.
    static QString outcome(const QString& value);
    // A short title for a finding, shown beside its stable code ("Port blocked (dropped)").
    static QString findingTitle(FindingCode code);
    // Who usually owns the fix ("the network team").
    static QString findingOwner(FindingCode code);
    // A list in the reader's language: "a, b" in English, "a、b" in Japanese.
    static QString list(const QStringList& items);
    static QString milliseconds(qint64 ms);
    // Text that is data, not our words (what a server, proxy or certificate said), in quotes.
    static QString quote(const QString& text);
    // The run's verdict as a headline and one sentence, for the wizard's banner and the reports.
    static QString runHeadline(Verdict verdict);
    static QString runSentence(Verdict verdict);
    // The same for a whole run, which says so when only this machine's own settings (the host
    // group) fail it, not the addresses.
    static QString runHeadline(const RunSummary& summary);
    static QString runSentence(const RunSummary& summary);
    static QString cancelledSentence();
    // "Cloud Connector", "Administrator's browser", "Session host (VDA)".
    static QString profileLabel(Profile profile);
    // The proxy setting the run used, in words and without any credential or user name.
    static QString proxyMode(const ProxySetting& setting, const QString& systemProxy);
    static QString required(bool required);
};

} // namespace cloudcheck
