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
    const auto kind = ResultsModel::RowKind(index.data(ResultsModel::RowKindRole).toInt());
    // Service rows stay when one of their targets stays; step rows come with their target.
    return kind == ResultsModel::RowKind::Target && index.data(ResultsModel::ProblemRole).toBool();
}

} // namespace cloudcheck
