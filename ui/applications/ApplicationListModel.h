#pragma once

#include "core/applications/ApplicationAgenda.h"
#include "ui/widgets/RecordTableModel.h"

namespace careerplanner {

class PlanSession;

// The plan's applications ordered by what needs doing next (ApplicationAgenda): company,
// role, status, what is next and when it was applied. The roles give what the search and
// the filters look at.
class ApplicationListModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { CompanyColumn, RoleColumn, StatusColumn, NextColumn, AppliedColumn, ColumnCount };
    enum Role {
        SearchRole = Qt::UserRole + 1, // company, role, ladder, level, where found, contact, notes
        TagsRole, // the principles its stages probe
        StatusRole, // the status key
        OpenRole // "open" or "ended"
    };

    explicit ApplicationListModel(PlanSession *session, QObject *parent = nullptr);

    // The application a row shows, as an index into the store's applications.
    int applicationAt(int row) const;
    int rowOf(int applicationIndex) const; // -1 when it is not shown
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    void reorder();

    PlanSession *m_session;
    QList<ApplicationAgenda::Entry> m_order;
};

} // namespace careerplanner
