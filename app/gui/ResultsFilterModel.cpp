#include "ResultsFilterModel.h"

#include "ResultsModel.h"

namespace cloudcheck {

ResultsFilterModel::ResultsFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setDynamicSortFilter(true);
}

void ResultsFilterModel::setProblemsOnly(bool problemsOnly)
{
    if (problemsOnly == m_problemsOnly)
        return;
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() is the supported way to re-filter.
    m_problemsOnly = problemsOnly;
    invalidateFilter();
}

bool ResultsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_problemsOnly)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool problem = index.data(ResultsModel::ProblemRole).toBool();
    // Service rows stay when one of their targets stays; step rows come with their target. The
    // host group stays when one of its checks warned or failed, with only those checks; a group
    // that did not run (not Windows) is no problem, but one that could not be read at all (an
    // unusable fake host: error) has no check rows to carry it, so it stays on its own.
    switch (ResultsModel::RowKind(index.data(ResultsModel::RowKindRole).toInt())) {
    case ResultsModel::RowKind::Target:
    case ResultsModel::RowKind::HostCheck:
        return problem;
    case ResultsModel::RowKind::HostGroup:
        return problem && !sourceModel()->hasChildren(index);
    case ResultsModel::RowKind::Service:
    case ResultsModel::RowKind::Step:
        break;
    }
    return false;
}

} // namespace cloudcheck
