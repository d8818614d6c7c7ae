#include "AllowlistDriftDialog.h"

#include "WizardSession.h"
#include "allowlistapi/AllowlistApiFetch.h"
#include "report/AllowlistDriftReport.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cloudcheck {

AllowlistDriftDialog::AllowlistDriftDialog(WizardSession* session, QWidget* parent)
    : QDialog(parent), m_session(session), m_fetch(new AllowlistApiFetch(this))
{
    setWindowTitle(tr("Compare with Citrix's allowlist"));
    setModal(true);
    resize(980, 560); // the report is column text: wide enough for most lines without scrolling

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_view = new QTextBrowser(this);
    m_view->setAccessibleName(tr("Differences from Citrix's allowlist"));
    m_view->setLineWrapMode(QTextEdit::NoWrap);
    m_view->setFont(QFont(QStringLiteral("monospace")));

    auto* buttons = new QDialogButtonBox(this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setEnabled(false);
    m_close = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_view->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Closing while the request runs stops it: no answer arrives into a closed dialog.
    connect(this, &QDialog::rejected, m_fetch, &AllowlistApiFetch::abort);
    connect(m_fetch, &AllowlistApiFetch::finished, this, &AllowlistDriftDialog::showDrift);
    connect(m_fetch, &AllowlistApiFetch::failed, this, &AllowlistDriftDialog::showFailure);
}

void AllowlistDriftDialog::start()
{
    m_view->clear();
    m_copy->setEnabled(false);
    const RunSettings& settings = m_session->runSettings();
    const RunResult run = m_session->hasResult() ? m_session->result() : RunResult();
    QString reason = AllowlistApiFetch::unavailableReason(run, settings);
    if (reason.isEmpty() && m_session->requiresPinnedHosts()) {
        // A test session never resolves a real name: the API host must be pinned like the rest.
        RunPlan plan;
        Target api;
        api.host = QString::fromLatin1(AllowlistApiFetch::kApiHost);
        api.port = 443;
        plan.targets << api;
        if (!m_session->unpinnedHosts(plan).isEmpty())
            reason = tr("This test session does not pin %1.").arg(api.host);
    }
    if (!reason.isEmpty()) {
        showFailure(reason);
        return;
    }
    m_busy = true;
    m_status->setText(tr("Asking Citrix's Connectivity AllowList API (Japan) along this run's route to %1...")
                          .arg(QString::fromLatin1(AllowlistApiFetch::kApiHost)));
    m_close->setText(tr("Cancel"));
    m_fetch->start(m_session->catalog(), run, settings);
}

void AllowlistDriftDialog::showDrift(const AllowlistDrift& drift)
{
    m_status->setText(drift.hasDrift() ? tr("The catalog and Citrix's list differ:")
                                       : tr("The catalog and Citrix's list agree."));
    // Plain text: the answer's section names are text CloudCheck did not write.
    m_view->setPlainText(AllowlistDriftReport::text(drift));
    m_copy->setEnabled(true);
    conclude();
}

void AllowlistDriftDialog::showFailure(const QString& reason)
{
    m_status->setText(reason);
    conclude();
}

void AllowlistDriftDialog::conclude()
{
    m_busy = false;
    m_close->setText(tr("Close"));
    m_close->setFocus();
    emit concluded();
}

} // namespace cloudcheck
