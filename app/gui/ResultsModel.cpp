#include "ResultsModel.h"

#include "StatusIcons.h"
#include "diagnosis/Diagnosis.h"
#include "diagnosis/HostDiagnosis.h"
#include "report/HostHtml.h"
#include "report/ReportWords.h"
#include "support/UntrustedText.h"

#include <QJsonArray>
#include <algorithm>

namespace cloudcheck {

namespace {

// An index's internal id names its parent: 0 for top-level rows (the services, then the host
// group), service+1 for target rows, (service+1) << 32 | (target row+1) for step rows, and
// kHostCheckId, which no service number reaches, for the host group's check rows.
static_assert(sizeof(quintptr) >= 8, "the index encoding needs 64-bit internal ids");
constexpr quintptr kStepBit = quintptr(1) << 32;
constexpr quintptr kHostCheckId = kStepBit - 1;

quintptr targetInternalId(int service)
{
    return quintptr(service) + 1;
}

quintptr stepInternalId(int service, int targetRow)
{
    return (quintptr(service) + 1) << 32 | (quintptr(targetRow) + 1);
}

// Facts, findings and catalog text as a view shows them: one line, every control, bidi and
// invisible character visible (UntrustedText), however long the message.
constexpr qsizetype kMaxShownLength = 2048;

QString shown(const QString& text)
{
    return UntrustedText::forDisplay(text, kMaxShownLength);
}

// Qt renders a tooltip as rich text whenever Qt::mightBeRichText() guesses so, and a server
// chooses its own Server header and reason phrase. So every tooltip is built as rich text on
// purpose, from escaped plain text: nothing a network sends can become markup.
QString plainToolTip(const QString& text)
{
    if (text.isEmpty())
        return {};
    QStringList lines;
    for (const QString& line : text.split(u'\n'))
        lines << shown(line).toHtmlEscaped();
    return QStringLiteral("<p style='white-space:pre-wrap'>") + lines.join(QStringLiteral("<br>")) +
           QStringLiteral("</p>");
}

QString durationText(qint64 ms)
{
    return ReportWords::milliseconds(ms);
}

// Host checks: a warning, failure or error is worth a look; a check that could not run here (no
// Connector installed) is no evidence either way, as in the run's verdict (decision 41).
bool isHostProblem(Verdict verdict)
{
    return verdict == Verdict::Warn || verdict == Verdict::Fail || verdict == Verdict::Error;
}

} // namespace

ResultsModel::ResultsModel(QObject* parent) : QAbstractItemModel(parent), m_flushTimer(this)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ResultsModel::flush);
    for (const Verdict verdict :
         {Verdict::Pass, Verdict::NotRun, Verdict::Warn, Verdict::Fail, Verdict::Error})
        m_verdictIcons << StatusIcons::verdict(verdict);
    m_runningIcon = StatusIcons::running();
    m_pendingIcon = StatusIcons::pending();
}

void ResultsModel::setCatalog(const CatalogInfo& catalog)
{
    m_catalog = catalog;
}

void ResultsModel::setLanguage(Language language)
{
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    rediagnose();
}

void ResultsModel::setPlan(const RunPlan& plan)
{
    beginResetModel();
    m_flushTimer.stop();
    m_dirty.clear();
    m_services.clear();
    m_targets.clear();
    m_indexById.clear();
    m_host = {};
    m_hostShown = false;
    m_hostChecksShown = 0;
    for (const QString& service : plan.services) {
        ServiceRow row;
        row.id = service;
        m_services.append(row);
    }
    for (const Target& target : plan.targets) {
        TargetRow row;
        row.result.target = target;
        const int index = int(m_targets.size());
        for (const QString& service : target.services) {
            const auto found =
                std::find_if(m_services.begin(), m_services.end(),
                             [&](const ServiceRow& candidate) { return candidate.id == service; });
            if (found == m_services.end())
                continue;
            const int serviceRow = int(found - m_services.begin());
            row.places.append({serviceRow, int(found->targets.size()), 0});
            found->targets.append(index);
        }
        m_indexById.insert(target.id, index);
        m_targets.append(row);
    }
    // A service with nothing to check for this profile has no row: an empty branch reads as
    // "checked and fine".
    QList<ServiceRow> kept;
    QList<int> newRow(m_services.size(), -1);
    for (qsizetype i = 0; i < m_services.size(); ++i) {
        if (!m_services.at(i).targets.isEmpty()) {
            newRow[i] = int(kept.size());
            kept.append(m_services.at(i));
        }
    }
    m_services = kept;
    for (TargetRow& row : m_targets) {
        for (Place& place : row.places)
            place.service = newRow.at(place.service);
    }
    for (ServiceRow& service : m_services)
        summarize(service);
    endResetModel();
    emit progressChanged();
}

void ResultsModel::restartTargets(const QStringList& targetIds)
{
    flush();
    for (const QString& id : targetIds) {
        const int index = m_indexById.value(id, -1);
        if (index < 0)
            continue;
        TargetRow& row = m_targets[index];
        for (Place& place : row.places) {
            if (place.shownSteps > 0) {
                beginRemoveRows(createIndex(place.row, 0, targetInternalId(place.service)), 0,
                                place.shownSteps - 1);
                place.shownSteps = 0;
                endRemoveRows();
            }
        }
        const Target target = row.result.target;
        row.result = {};
        row.result.target = target;
        row.state = State::Waiting;
        markDirty(index);
    }
    flush();
}

void ResultsModel::markStarted(const QString& targetId)
{
    const int index = m_indexById.value(targetId, -1);
    if (index < 0)
        return;
    m_targets[index].state = State::Running;
    markDirty(index);
}

void ResultsModel::addStep(const QString& targetId, const StepResult& step)
{
    const int index = m_indexById.value(targetId, -1);
    if (index < 0 || m_targets.at(index).state == State::Finished)
        return;
    m_targets[index].state = State::Running;
    m_targets[index].result.steps.append(step);
    markDirty(index);
}

void ResultsModel::finishTarget(const TargetResult& result)
{
    const int index = m_indexById.value(result.target.id, -1);
    if (index < 0)
        return;
    TargetRow& row = m_targets[index];
    // The final list extends what streamed in (cancelled and skipped steps are only reported
    // here), so rows already shown keep their positions.
    row.result = result;
    row.state = State::Finished;
    markDirty(index);
}

void ResultsModel::markDirty(int target)
{
    m_dirty.insert(target);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ResultsModel::flush()
{
    m_flushTimer.stop();
    if (m_dirty.isEmpty())
        return;
    QList<int> dirty = m_dirty.values();
    m_dirty.clear();
    std::sort(dirty.begin(), dirty.end());
    QSet<int> services;
    for (const int index : std::as_const(dirty)) {
        for (const Place& place : std::as_const(m_targets.at(index).places))
            services.insert(place.service);
    }
    // Before any signal: views read the service rows while they handle the target rows' changes.
    for (const int service : std::as_const(services))
        summarize(m_services[service]);
    for (const int index : std::as_const(dirty)) {
        TargetRow& row = m_targets[index];
        const int wanted = int(row.result.steps.size());
        for (Place& place : row.places) {
            const QModelIndex parent = createIndex(place.row, 0, targetInternalId(place.service));
            if (wanted > place.shownSteps) {
                beginInsertRows(parent, place.shownSteps, wanted - 1);
                place.shownSteps = wanted;
                endInsertRows();
            } else if (wanted < place.shownSteps) {
                beginRemoveRows(parent, wanted, place.shownSteps - 1);
                place.shownSteps = wanted;
                endRemoveRows();
            }
            emit dataChanged(createIndex(place.row, 0, targetInternalId(place.service)),
                             createIndex(place.row, ColumnCount - 1, targetInternalId(place.service)));
            if (wanted > 0) {
                emit dataChanged(
                    createIndex(0, 0, stepInternalId(place.service, place.row)),
                    createIndex(wanted - 1, ColumnCount - 1, stepInternalId(place.service, place.row)));
            }
        }
    }
    for (const int service : std::as_const(services))
        emit dataChanged(createIndex(service, 0, quintptr(0)),
                         createIndex(service, ColumnCount - 1, quintptr(0)));
    emit progressChanged();
}

void ResultsModel::summarize(ServiceRow& service) const
{
    QList<const TargetResult*> finished;
    service.counts = {};
    service.started = false;
    for (const int target : std::as_const(service.targets)) {
        const TargetRow& row = m_targets.at(target);
        if (row.state == State::Finished) {
            finished << &row.result;
            service.counts.add(row.result.verdict);
        }
        service.started = service.started || row.state != State::Waiting;
    }
    service.finished = int(finished.size());
    service.verdict = RunSummary::verdictOf(finished);
}

void ResultsModel::setHost(const HostResult& host)
{
    const int wanted = int(host.checks.size());
    if (!m_hostShown) {
        // With its check rows: the page expands top-level rows as they are inserted.
        beginInsertRows({}, hostRow(), hostRow());
        m_host = host;
        m_hostShown = true;
        m_hostChecksShown = wanted;
        endInsertRows();
        return;
    }
    const QModelIndex group = createIndex(hostRow(), 0, quintptr(0));
    if (m_hostChecksShown > 0 && m_hostChecksShown != wanted) {
        beginRemoveRows(group, 0, m_hostChecksShown - 1);
        m_hostChecksShown = 0;
        endRemoveRows();
    }
    m_host = host;
    if (wanted > m_hostChecksShown) {
        beginInsertRows(group, m_hostChecksShown, wanted - 1);
        m_hostChecksShown = wanted;
        endInsertRows();
    }
    hostDataChanged();
}

void ResultsModel::hostDataChanged()
{
    if (!m_hostShown)
        return;
    emit dataChanged(createIndex(hostRow(), 0, quintptr(0)),
                     createIndex(hostRow(), ColumnCount - 1, quintptr(0)));
    if (m_hostChecksShown > 0)
        emit dataChanged(createIndex(0, 0, kHostCheckId),
                         createIndex(m_hostChecksShown - 1, ColumnCount - 1, kHostCheckId));
}

void ResultsModel::rediagnose()
{
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        if (m_targets.at(i).state == State::Finished)
            Diagnosis::apply(m_targets[i].result);
        m_dirty.insert(int(i));
    }
    flush();
    if (m_hostShown) {
        HostDiagnosis::apply(m_host);
        hostDataChanged();
    }
}

// --- lookups ---------------------------------------------------------------------------------

ResultsModel::RowKind ResultsModel::rowKind(const QModelIndex& index) const
{
    const quintptr id = index.internalId();
    if (id == 0)
        return index.row() < m_services.size() ? RowKind::Service : RowKind::HostGroup;
    if (id == kHostCheckId)
        return RowKind::HostCheck;
    return id < kStepBit ? RowKind::Target : RowKind::Step;
}

int ResultsModel::targetOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    const quintptr id = index.internalId();
    if (id == 0 || id == kHostCheckId)
        return -1;
    int service = 0;
    int row = 0;
    if (id < kStepBit) {
        service = int(id - 1);
        row = index.row();
    } else {
        service = int((id >> 32) - 1);
        row = int((id & 0xffffffffu) - 1);
    }
    if (service < 0 || service >= m_services.size() || row < 0 ||
        row >= m_services.at(service).targets.size())
        return -1;
    return m_services.at(service).targets.at(row);
}

ResultsModel::Place* ResultsModel::placeOf(int target, int service)
{
    for (Place& place : m_targets[target].places) {
        if (place.service == service)
            return &place;
    }
    return nullptr;
}

const ResultsModel::Place* ResultsModel::placeOf(int target, int service) const
{
    for (const Place& place : m_targets.at(target).places) {
        if (place.service == service)
            return &place;
    }
    return nullptr;
}

ResultsModel::State ResultsModel::targetState(const QModelIndex& index) const
{
    const int target = targetOf(index);
    return target < 0 ? State::Waiting : m_targets.at(target).state;
}

const TargetResult* ResultsModel::targetResult(const QModelIndex& index) const
{
    const int target = targetOf(index);
    return target < 0 ? nullptr : &m_targets.at(target).result;
}

const StepResult* ResultsModel::stepResult(const QModelIndex& index) const
{
    if (!index.isValid() || rowKind(index) != RowKind::Step)
        return nullptr;
    const TargetResult* result = targetResult(index);
    if (!result || index.row() >= result->steps.size())
        return nullptr;
    return &result->steps.at(index.row());
}

const HostCheck* ResultsModel::hostCheck(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() != kHostCheckId ||
        index.row() >= m_hostChecksShown || index.row() >= m_host.checks.size())
        return nullptr;
    return &m_host.checks.at(index.row());
}

QString ResultsModel::serviceId(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kHostCheckId)
        return {};
    const quintptr id = index.internalId();
    const int service = id == 0 ? index.row() : id < kStepBit ? int(id - 1) : int((id >> 32) - 1);
    return service >= 0 && service < m_services.size() ? m_services.at(service).id : QString();
}

QModelIndex ResultsModel::targetIndex(const QString& targetId) const
{
    const int target = m_indexById.value(targetId, -1);
    if (target < 0 || m_targets.at(target).places.isEmpty())
        return {};
    const Place& place = m_targets.at(target).places.first();
    return createIndex(place.row, 0, targetInternalId(place.service));
}

ResultsModel::Progress ResultsModel::progress() const
{
    Progress progress;
    progress.total = int(m_targets.size());
    for (const TargetRow& row : m_targets) {
        if (row.state == State::Finished)
            progress.counts.add(row.result.verdict);
        else
            ++progress.remaining;
    }
    return progress;
}

QList<TargetResult> ResultsModel::targetResults() const
{
    QList<TargetResult> results;
    results.reserve(m_targets.size());
    for (const TargetRow& row : m_targets)
        results << row.result;
    return results;
}

// --- QAbstractItemModel ----------------------------------------------------------------------

QModelIndex ResultsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_services.size() || (row == hostRow() && m_hostShown)
                   ? createIndex(row, column, quintptr(0))
                   : QModelIndex();
    switch (rowKind(parent)) {
    case RowKind::Service:
        if (parent.row() < m_services.size() && row < m_services.at(parent.row()).targets.size())
            return createIndex(row, column, targetInternalId(parent.row()));
        return {};
    case RowKind::Target:
        if (row < rowCount(parent))
            return createIndex(row, column, stepInternalId(int(parent.internalId() - 1), parent.row()));
        return {};
    case RowKind::HostGroup:
        return row < m_hostChecksShown ? createIndex(row, column, kHostCheckId) : QModelIndex();
    case RowKind::Step:
    case RowKind::HostCheck:
        return {};
    }
    return {};
}

QModelIndex ResultsModel::parent(const QModelIndex& index) const
{
    if (!index.isValid())
        return {};
    const quintptr id = index.internalId();
    if (id == 0)
        return {};
    if (id == kHostCheckId)
        return createIndex(hostRow(), 0, quintptr(0));
    if (id < kStepBit)
        return createIndex(int(id - 1), 0, quintptr(0));
    return createIndex(int((id & 0xffffffffu) - 1), 0, targetInternalId(int((id >> 32) - 1)));
}

int ResultsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_services.size()) + (m_hostShown ? 1 : 0);
    if (parent.column() != 0)
        return 0;
    switch (rowKind(parent)) {
    case RowKind::Service:
        return parent.row() < m_services.size() ? int(m_services.at(parent.row()).targets.size()) : 0;
    case RowKind::Target: {
        const int target = targetOf(parent);
        if (target < 0)
            return 0;
        const Place* place = placeOf(target, int(parent.internalId() - 1));
        return place ? place->shownSteps : 0;
    }
    case RowKind::HostGroup:
        return m_hostChecksShown;
    case RowKind::Step:
    case RowKind::HostCheck:
        return 0;
    }
    return 0;
}

int ResultsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Service, address and step");
    case StatusColumn:
        return tr("Result");
    case TimeColumn:
        return tr("Time");
    case FactsColumn:
        return tr("What was observed");
    }
    return {};
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const RowKind kind = rowKind(index);
    if (role == RowKindRole)
        return int(kind);
    switch (kind) {
    case RowKind::Service:
        if (role == ServiceIdRole)
            return serviceId(index);
        return serviceData(index.row(), index.column(), role);
    case RowKind::Target: {
        const int target = targetOf(index);
        if (target < 0)
            return {};
        if (role == ServiceIdRole)
            return serviceId(index);
        return targetData(m_targets.at(target), index.column(), role);
    }
    case RowKind::Step: {
        const StepResult* step = stepResult(index);
        if (!step)
            return {};
        if (role == TargetIdRole)
            return targetResult(index)->target.id;
        return stepData(*step, index.column(), role);
    }
    case RowKind::HostGroup:
        return hostGroupData(index.column(), role);
    case RowKind::HostCheck: {
        const HostCheck* check = hostCheck(index);
        if (!check)
            return {};
        if (role == HostCheckIdRole)
            return check->id;
        return hostCheckData(*check, index.column(), role);
    }
    }
    return {};
}

QIcon ResultsModel::verdictIcon(Verdict verdict) const
{
    return m_verdictIcons.value(int(verdict));
}

QVariant ResultsModel::serviceData(int service, int column, int role) const
{
    const ServiceRow& row = m_services.at(service);
    const bool done = row.finished == row.targets.size();
    const bool started = row.started;
    const Verdict verdict = row.verdict;

    if (role == StateRole)
        return int(done ? State::Finished : started ? State::Running : State::Waiting);
    if (role == VerdictRole)
        return done ? QVariant(int(verdict)) : QVariant();
    if (role == ProblemRole)
        return done && verdict != Verdict::Pass;
    switch (column) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return shown(m_catalog.serviceName(row.id, m_language));
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return done      ? ReportWords::verdictLabel(verdict)
                   : started ? StatusIcons::runningLabel()
                             : StatusIcons::pendingLabel();
        if (role == Qt::DecorationRole)
            return done ? verdictIcon(verdict) : started ? m_runningIcon : m_pendingIcon;
        break;
    case FactsColumn:
        if (role == Qt::DisplayRole) {
            if (!done)
                return tr("%1 of %2 addresses checked").arg(row.finished).arg(row.targets.size());
            return countsText(row.counts);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ResultsModel::targetData(const TargetRow& row, int column, int role) const
{
    const TargetResult& result = row.result;
    const bool finished = row.state == State::Finished;
    if (role == StateRole)
        return int(row.state);
    if (role == VerdictRole)
        return finished ? QVariant(int(result.verdict)) : QVariant();
    if (role == ProblemRole)
        return finished && result.verdict != Verdict::Pass;
    if (role == TargetIdRole)
        return result.target.id;

    switch (column) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            const QString address = shown(result.target.host) + u':' + QString::number(result.target.port);
            switch (result.target.scheme) {
            case Scheme::Https:
                return address;
            case Scheme::Http:
                return tr("%1 (HTTP)").arg(address);
            case Scheme::Udp:
                return tr("%1 (UDP)").arg(address);
            }
        }
        if (role == Qt::ToolTipRole)
            return plainToolTip(result.target.patterns.join(u'\n'));
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            if (!finished)
                return row.state == State::Running ? StatusIcons::runningLabel()
                                                   : StatusIcons::pendingLabel();
            return ReportWords::verdictLabel(result.verdict);
        }
        if (role == Qt::DecorationRole) {
            if (!finished)
                return row.state == State::Running ? m_runningIcon : m_pendingIcon;
            return verdictIcon(result.verdict);
        }
        break;
    case TimeColumn:
        if (role == Qt::DisplayRole && finished && !result.steps.isEmpty() && !result.target.needsCustomerId)
            return durationText(result.durationMs);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case FactsColumn:
        if (role == Qt::DisplayRole)
            return shown(targetFacts(row));
        if (role == Qt::ToolTipRole)
            return plainToolTip(targetFacts(row));
        break;
    default:
        break;
    }
    return {};
}

QString ResultsModel::countsText(const VerdictCounts& counts)
{
    QStringList parts;
    if (counts.pass)
        parts << tr("%1 passed").arg(counts.pass);
    if (counts.warn)
        parts << tr("%1 with warnings").arg(counts.warn);
    if (counts.fail)
        parts << tr("%1 failed").arg(counts.fail);
    if (counts.error)
        parts << tr("%1 with errors").arg(counts.error);
    if (counts.notRun)
        parts << tr("%1 not checked").arg(counts.notRun);
    return ReportWords::list(parts);
}

QVariant ResultsModel::finishedData(Verdict verdict, bool problem, int column, int role) const
{
    if (role == StateRole)
        return int(State::Finished);
    if (role == VerdictRole)
        return int(verdict);
    if (role == ProblemRole)
        return problem;
    if (column == StatusColumn) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return ReportWords::verdictLabel(verdict);
        if (role == Qt::DecorationRole)
            return verdictIcon(verdict);
    }
    return {};
}

QVariant ResultsModel::hostGroupData(int column, int role) const
{
    if (const QVariant shared = finishedData(m_host.verdict, isHostProblem(m_host.verdict), column, role);
        shared.isValid())
        return shared;
    switch (column) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return HostDiagnosis::groupLabel();
        if (role == Qt::ToolTipRole && m_host.ran())
            return plainToolTip(HostDiagnosis::sourceText(m_host));
        break;
    case FactsColumn: {
        // Not run: why (not Windows, the browser profile); else the checks counted as a service's
        // addresses are.
        VerdictCounts counts;
        for (const HostCheck& check : m_host.checks)
            counts.add(check.verdict);
        const QString text = m_host.ran() ? countsText(counts) : m_host.reason;
        if (role == Qt::DisplayRole)
            return shown(text);
        if (role == Qt::ToolTipRole)
            return plainToolTip(text);
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant ResultsModel::hostCheckData(const HostCheck& check, int column, int role) const
{
    if (const QVariant shared = finishedData(check.verdict, isHostProblem(check.verdict), column, role);
        shared.isValid())
        return shared;
    switch (column) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return HostDiagnosis::checkLabel(check.id);
        break;
    case FactsColumn: {
        // The value read; a check that could not run says why first. The tooltip adds the finding.
        QStringList parts{check.reason, HostHtml::readText(check)};
        parts.removeAll(QString());
        const QString text = parts.join(u' ');
        if (role == Qt::DisplayRole)
            return shown(text);
        if (role == Qt::ToolTipRole)
            return plainToolTip(check.findings.isEmpty() ? text : check.findings.constFirst().message);
        break;
    }
    default:
        break;
    }
    return {};
}

QString ResultsModel::targetFacts(const TargetRow& row) const
{
    const TargetResult& result = row.result;
    if (row.state == State::Waiting)
        return ReportWords::required(result.target.required);
    if (row.state == State::Running) {
        return result.steps.isEmpty()
                   ? tr("Starting...")
                   : tr("%1 done").arg(ReportWords::stepLabel(result.steps.constLast().step));
    }
    if (!result.findings.isEmpty())
        return result.findings.constFirst().message;
    if (!result.reason.isEmpty())
        return result.reason;
    if (const StepResult* http = result.step(StepKind::Http))
        return ReportWords::stepFacts(*http);
    if (const StepResult* udp = result.step(StepKind::Udp))
        return ReportWords::stepFacts(*udp);
    return {};
}

QVariant ResultsModel::stepData(const StepResult& step, int column, int role) const
{
    if (const QVariant shared = finishedData(step.verdict, step.verdict != Verdict::Pass, column, role);
        shared.isValid())
        return shared;
    switch (column) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return ReportWords::stepLabel(step.step);
        break;
    case TimeColumn:
        if (role == Qt::DisplayRole && step.verdict != Verdict::NotRun)
            return durationText(step.durationMs);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case FactsColumn:
        if (role == Qt::DisplayRole)
            return shown(ReportWords::stepFacts(step));
        if (role == Qt::ToolTipRole)
            return plainToolTip(ReportWords::stepFacts(step));
        break;
    default:
        break;
    }
    return {};
}

} // namespace cloudcheck
