#include "SummaryPage.h"

#include "AllowlistDriftDialog.h"
#include "StatusIcons.h"
#include "WizardSession.h"
#include "diagnosis/RunDiagnosis.h"
#include "report/FindingHtml.h"
#include "report/HostHtml.h"
#include "report/HtmlReport.h"
#include "report/Redactor.h"
#include "report/ReportWords.h"
#include "report/ReportWriter.h"
#include "report/TextReport.h"
#include "support/Logging.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace cloudcheck {

namespace {

struct BannerColors
{
    const char* background;
    const char* border;
};

BannerColors colorsFor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return {"#e6f4ea", "#1e8e3e"};
    case Verdict::Warn:
    case Verdict::NotRun:
        return {"#fef7e0", "#f29900"};
    case Verdict::Fail:
    case Verdict::Error:
        return {"#fce8e6", "#d93025"};
    }
    return {"#f1f3f4", "#9aa0a6"};
}

QString esc(const QString& text)
{
    return FindingHtml::escape(text);
}

QTableWidgetItem* countItem(int count)
{
    auto* item = new QTableWidgetItem(QString::number(count));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

SummaryPage::SummaryPage(WizardSession* session, QWidget* parent) : QWizardPage(parent), m_session(session)
{
    setFinalPage(true);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("verdictBanner"));
    m_icon = new QLabel(m_banner);
    m_icon->setFixedSize(40, 40);
    m_headline = new QLabel(m_banner);
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.25);
    m_headline->setFont(headlineFont);
    m_headline->setTextFormat(Qt::PlainText);
    m_sentence = new QLabel(m_banner);
    m_sentence->setWordWrap(true);
    m_sentence->setTextFormat(Qt::PlainText);
    m_counts = new QLabel(m_banner);
    m_counts->setTextFormat(Qt::PlainText);
    auto* bannerText = new QVBoxLayout;
    bannerText->setSpacing(2);
    bannerText->addWidget(m_headline);
    bannerText->addWidget(m_sentence);
    bannerText->addWidget(m_counts);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_icon, 0, Qt::AlignTop);
    bannerLayout->addLayout(bannerText, 1);

    m_servicesLabel = new QLabel(this);
    m_services = new QTableWidget(0, ServiceColumnCount, this);
    m_services->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_services->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_services->setSelectionMode(QAbstractItemView::SingleSelection);
    m_services->verticalHeader()->setVisible(false);
    m_services->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_services->horizontalHeader()->setSectionResizeMode(ServiceNameColumn, QHeaderView::Stretch);
    m_services->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_services->verticalHeader()->setDefaultSectionSize(m_services->fontMetrics().height() + 8);
    m_services->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_servicesLabel->setBuddy(m_services);
    m_notNeeded = new QLabel(this);
    m_notNeeded->setWordWrap(true);
    m_notNeeded->setTextFormat(Qt::PlainText);
    m_notNeeded->setForegroundRole(QPalette::PlaceholderText);

    m_problemsLabel = new QLabel(this);
    m_problems = new QTextBrowser(this);
    m_problems->setOpenExternalLinks(true);
    m_problemsLabel->setBuddy(m_problems);

    m_exportJson = new QPushButton(this);
    m_exportHtml = new QPushButton(this);
    m_copy = new QPushButton(this);
    m_logFolder = new QPushButton(this);
    m_compareAllowlist = new QPushButton(this);
    m_redact = new QCheckBox(this);
    for (QPushButton* button : {m_exportJson, m_exportHtml, m_copy, m_logFolder, m_compareAllowlist})
        button->setAutoDefault(false);
    m_feedback = new QLabel(this);
    m_feedback->setTextFormat(Qt::PlainText);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_exportJson);
    buttons->addWidget(m_exportHtml);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_logFolder);
    buttons->addWidget(m_compareAllowlist);
    buttons->addWidget(m_redact);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_servicesLabel);
    layout->addWidget(m_services);
    layout->addWidget(m_notNeeded);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);

    setTabOrder(m_services, m_problems);
    setTabOrder(m_problems, m_exportJson);
    setTabOrder(m_exportJson, m_exportHtml);
    setTabOrder(m_exportHtml, m_redact);
    setTabOrder(m_redact, m_copy);
    setTabOrder(m_copy, m_logFolder);
    setTabOrder(m_logFolder, m_compareAllowlist);

    m_errorBox = new QMessageBox(QMessageBox::Warning, QString(), QString(), QMessageBox::Ok, this);
    m_errorBox->setWindowModality(Qt::WindowModal);

    connect(m_exportJson, &QPushButton::clicked, this, &SummaryPage::chooseExportFile);
    connect(m_exportHtml, &QPushButton::clicked, this, &SummaryPage::chooseHtmlFile);
    connect(m_copy, &QPushButton::clicked, this, &SummaryPage::copySummary);
    connect(m_logFolder, &QPushButton::clicked, this, &SummaryPage::openLogFolder);
    connect(m_compareAllowlist, &QPushButton::clicked, this, &SummaryPage::compareWithCitrixList);
    connect(m_session, &WizardSession::resultChanged, this, &SummaryPage::render);
    connect(m_session, &WizardSession::languageChanged, this, &SummaryPage::retranslateUi);
    retranslateUi();
}

void SummaryPage::initializePage()
{
    m_feedback->clear();
    render();
}

void SummaryPage::render()
{
    const bool have = m_session->hasResult();
    for (QPushButton* button : {m_exportJson, m_exportHtml, m_copy, m_compareAllowlist})
        button->setEnabled(have);
    m_services->setRowCount(0);
    m_notNeeded->setVisible(false);
    if (!have) {
        m_headline->setText(tr("No results yet"));
        m_sentence->clear();
        m_counts->clear();
        m_insights.clear();
        m_problems->clear();
        return;
    }
    const RunResult& run = m_session->result();
    const RunSummary summary = run.summary();
    const Language language = m_session->language();

    const BannerColors colors = colorsFor(summary.verdict);
    m_banner->setStyleSheet(
        QStringLiteral("QFrame#verdictBanner { background: %1; border: 2px solid %2; border-radius: 6px; }"
                       "QFrame#verdictBanner QLabel { color: #202124; background: transparent; }")
            .arg(QLatin1String(colors.background), QLatin1String(colors.border)));
    m_icon->setPixmap(StatusIcons::verdict(summary.verdict).pixmap(QSize(40, 40), devicePixelRatioF()));
    m_icon->setAccessibleName(ReportWords::verdictLabel(summary.verdict));

    m_headline->setText(ReportWords::runHeadline(summary));
    m_sentence->setText(ReportWords::runSentence(summary));
    if (run.cancelled)
        m_sentence->setText(ReportWords::cancelledSentence() + u' ' + m_sentence->text());
    m_counts->setText(tr("Passed: %1    Warnings: %2    Failed: %3    Errors: %4    Not checked: %5")
                          .arg(summary.counts.pass)
                          .arg(summary.counts.warn)
                          .arg(summary.counts.fail)
                          .arg(summary.counts.error)
                          .arg(summary.counts.notRun));

    QStringList notNeeded;
    for (const QString& service : run.services) {
        const auto found = summary.byService.constFind(service);
        if (found == summary.byService.cend())
            continue;
        // A service with no address for this kind of machine has nothing to report; a row of
        // zeros under "Passed" would claim a check that never happened.
        if (found->counts.total() == 0) {
            notNeeded << run.catalog.serviceName(service, language);
            continue;
        }
        const int row = m_services->rowCount();
        m_services->insertRow(row);
        auto* name = new QTableWidgetItem(run.catalog.serviceName(service, language));
        name->setData(Qt::UserRole, service);
        m_services->setItem(row, ServiceNameColumn, name);
        auto* verdict = new QTableWidgetItem(StatusIcons::verdict(found->verdict),
                                             ReportWords::verdictLabel(found->verdict));
        verdict->setData(Qt::UserRole, int(found->verdict));
        m_services->setItem(row, ServiceVerdictColumn, verdict);
        m_services->setItem(row, PassColumn, countItem(found->counts.pass));
        m_services->setItem(row, WarnColumn, countItem(found->counts.warn));
        m_services->setItem(row, FailColumn, countItem(found->counts.fail));
        m_services->setItem(row, NotRunColumn, countItem(found->counts.notRun));
        m_services->setItem(row, ErrorColumn, countItem(found->counts.error));
    }

    m_notNeeded->setText(
        notNeeded.isEmpty()
            ? QString()
            : tr("Nothing to check on this kind of machine for: %1").arg(ReportWords::list(notNeeded)));
    m_notNeeded->setVisible(!notNeeded.isEmpty());
    // Show every service row without scrolling; a catalog has a handful of services.
    int height = m_services->horizontalHeader()->sizeHint().height() + 2 * m_services->frameWidth();
    height += m_services->rowCount() * m_services->verticalHeader()->defaultSectionSize();
    m_services->setFixedHeight(qMin(height, 12 * m_services->verticalHeader()->defaultSectionSize()));

    renderProblems(run, summary);
}

void SummaryPage::renderProblems(const RunResult& run, const RunSummary& summary)
{
    // The run read as a whole, most severe first: the same list as the text report's "What to fix
    // first" and the JSON report's summary.topProblems.
    m_insights = RunDiagnosis::insights(run);
    QHash<QString, const TargetResult*> byId;
    for (const TargetResult& target : run.targets)
        byId.insert(target.target.id, &target);

    QString html;
    QSet<QString> listed;
    int number = 0;
    for (const RunInsight& insight : std::as_const(m_insights)) {
        QStringList addresses;
        for (const QString& id : insight.targetIds) {
            listed.insert(id);
            const TargetResult* target = byId.value(id);
            addresses << (target ? target->target.host + u':' + QString::number(target->target.port) : id);
        }
        const qsizetype total = addresses.size();
        // "and 1 more" would take the room of the address it hides.
        if (total > kShownAddresses + 1)
            addresses.resize(kShownAddresses);
        QString where = ReportWords::list(addresses);
        if (total > addresses.size())
            where = tr("%1 and %2 more", "addresses").arg(where, QString::number(total - addresses.size()));

        html += QStringLiteral("<p>%1. %2 <b>%3</b> <code>%4</code><br>%5<br><b>%6</b> %7 (%8)")
                    .arg(QString::number(++number), FindingHtml::verdictBadge(insight.severity),
                         esc(ReportWords::findingTitle(insight.code)), esc(findingCodeName(insight.code)),
                         esc(insight.message), esc(tr("Fix:")), esc(insight.remediation),
                         esc(tr("usually owned by %1").arg(ReportWords::findingOwner(insight.code))));
        if (!where.isEmpty())
            html += QStringLiteral("<br><small><b>%1</b> %2</small>").arg(esc(tr("Addresses:")), esc(where));
        if (!insight.links.isEmpty())
            html += QStringLiteral("<br><small>%1</small>")
                        .arg(FindingHtml::links(insight.links, run.settings.language));
        html += QStringLiteral("</p>");
    }

    // A target can fail without a finding to explain it (the check itself broke); say so rather
    // than let the list look complete.
    int unexplained = 0;
    for (const TargetResult& target : run.targets) {
        if (target.verdict != Verdict::Pass && target.verdict != Verdict::NotRun &&
            !listed.contains(target.target.id))
            ++unexplained;
    }
    if (unexplained > 0) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(unexplained == 1 ? tr("One address did not pass and is not explained above; "
                                                   "the results and the log say what happened.")
                                              : tr("%1 addresses did not pass and are not explained above; "
                                                   "the results and the log say what happened.")
                                                    .arg(unexplained)));
    }
    if (summary.counts.notRun > 0) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(summary.counts.notRun == 1
                                 ? tr("One address was not checked; the results say why.")
                                 : tr("%1 addresses were not checked; the results say why.")
                                       .arg(summary.counts.notRun)));
    }
    if (html.isEmpty())
        html = QStringLiteral("<p>%1</p>").arg(esc(tr("No problems found.")));
    // This machine's own settings are not addresses: their group follows the address problems,
    // with every check, what it read and its fix (the HTML report's section, shared).
    // A result that never considered the host group (made by hand, or before it existed) has
    // nothing to say about it.
    if (run.host.ran() || !run.host.reason.isEmpty())
        html += HostHtml::render(run.host, run.settings.language, 3);
    m_problems->setHtml(html);
}

QString SummaryPage::exportHtml(const QString& path)
{
    return exportJson(path);
}

QString SummaryPage::defaultHtmlPath() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder + u'/' +
           (m_session->hasResult() ? HtmlReport::defaultFileName(m_session->result())
                                   : QStringLiteral("cloudcheck.html"));
}

void SummaryPage::chooseHtmlFile()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export HTML report"), defaultHtmlPath(),
                                                tr("HTML report (*.html)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".html");
    exportHtml(path);
}

QString SummaryPage::exportJson(const QString& path)
{
    QString problem;
    if (!m_session->hasResult())
        problem = tr("There is no result to export yet.");
    else if (m_redact->isChecked())
        problem = ReportWriter::write(Redactor::forRun(m_session->result()).apply(m_session->result()), path);
    else
        problem = ReportWriter::write(m_session->result(), path);
    if (!problem.isEmpty()) {
        m_feedback->setText(tr("Export failed."));
        m_errorBox->setWindowTitle(tr("Export failed"));
        m_errorBox->setText(tr("The report could not be written to %1.").arg(QDir::toNativeSeparators(path)));
        m_errorBox->setInformativeText(problem);
        // Window-modal and non-blocking: the run stays inspectable and tests can close it.
        m_errorBox->open();
        emit exportFailed(problem);
        return problem;
    }
    m_feedback->setText(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
    emit exported(path);
    return {};
}

void SummaryPage::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("cloudcheck-%1.json")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString path = QFileDialog::getSaveFileName(this, tr("Export JSON report"), folder + u'/' + name,
                                                tr("JSON report (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    exportJson(path);
}

QString SummaryPage::summaryText() const
{
    return m_session->hasResult() ? TextReport::render(m_session->result()) : QString();
}

void SummaryPage::copySummary()
{
    QGuiApplication::clipboard()->setText(summaryText());
    m_feedback->setText(tr("Summary copied to the clipboard."));
}

bool SummaryPage::openLogFolder()
{
    const QString folder = Logging::defaultLogDirectory();
    QDir().mkpath(folder);
    const bool opened = QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    m_feedback->setText(opened
                            ? tr("Log folder: %1").arg(QDir::toNativeSeparators(folder))
                            : tr("Could not open the log folder %1").arg(QDir::toNativeSeparators(folder)));
    return opened;
}

void SummaryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

AllowlistDriftDialog* SummaryPage::compareWithCitrixList()
{
    // A new dialog each time, so it speaks the language chosen since the last one.
    delete m_driftDialog;
    m_driftDialog = new AllowlistDriftDialog(m_session, this);
    m_driftDialog->start();
    m_driftDialog->open();
    return m_driftDialog;
}

void SummaryPage::retranslateUi()
{
    setTitle(tr("Summary"));
    setSubTitle(tr("The verdict, each service's results, and what to fix first."));
    m_servicesLabel->setText(tr("Results by &service:"));
    m_services->setHorizontalHeaderLabels({tr("Service"), tr("Result"), tr("Passed"), tr("Warnings"),
                                           tr("Failed"), tr("Not checked"), tr("Errors")});
    m_services->setAccessibleName(tr("Results by service"));
    m_problemsLabel->setText(tr("&Top problems and how to fix them:"));
    m_problems->setAccessibleName(tr("Top problems and how to fix them"));
    m_exportJson->setText(tr("Export &JSON..."));
    m_redact->setText(tr("&Mask customer details"));
    m_redact->setToolTip(
        tr("For sharing outside the customer: the exported report masks the Customer ID, this "
           "machine's name, internal proxy hosts and the proxy user name."));
    m_exportHtml->setText(tr("Export &HTML..."));
    m_exportHtml->setToolTip(tr("One file for the network team: opens in any browser and prints on A4"));
    m_copy->setText(tr("&Copy summary"));
    m_copy->setToolTip(tr("Copy a plain-text summary to the clipboard"));
    m_logFolder->setText(tr("Open &log folder"));
    m_compareAllowlist->setText(tr("Compare with Citrix's &allowlist..."));
    m_compareAllowlist->setToolTip(
        tr("Ask Citrix's Connectivity AllowList API (Japan) along this run's route, and list what differs "
           "from the addresses CloudCheck checks. Needs the Customer ID."));
    m_icon->setAccessibleDescription(tr("Overall verdict"));
    render();
}

} // namespace cloudcheck
