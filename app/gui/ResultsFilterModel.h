#pragma once

#include <QSortFilterProxyModel>

namespace cloudcheck {

// "Show only problems": keeps the targets that finished with anything but a pass, with all their
// steps for context, and the services above them; and the host checks that warned, failed or
// erred, under their group. Recursive filtering pulls in the parents, auto-accepted children keep
// each kept target's steps.
class ResultsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ResultsFilterModel(QObject* parent = nullptr);

    bool problemsOnly() const { return m_problemsOnly; }
    void setProblemsOnly(bool problemsOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_problemsOnly = false;
};

} // namespace cloudcheck
