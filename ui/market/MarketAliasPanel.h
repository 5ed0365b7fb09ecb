#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace careerplanner {

class InlineProblemLabel;
class PlanSession;

// The other names a company goes by in the reports ("AWS" counted as "Amazon"), so that its
// reports, and its level codes, count as the company's. Each alias added or removed is one
// undoable edit.
class MarketAliasPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit MarketAliasPanel(PlanSession *session, QWidget *parent = nullptr);

private:
    void rebuild();
    void addAlias();
    void removeAlias();

    PlanSession *m_session;
    QStandardItemModel *m_aliases;
    QTableView *m_table;
    QLineEdit *m_alias;
    QComboBox *m_company;
    QPushButton *m_remove;
    InlineProblemLabel *m_problem;
};

} // namespace careerplanner
