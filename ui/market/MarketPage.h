#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace careerplanner {

class EmptyStateStack;
class MarketDistributionModel;
class MarketFilterBar;
class PlanSession;

// Market pay: where a job family's pay stands among the reports the user imported, level by
// level, as percentiles of base and total pay, for the company, place, experience and time
// chosen; and the files the reports came from, each of which can be taken out again.
class MarketPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MarketPage(PlanSession *session, QWidget *parent = nullptr);

    MarketDistributionModel *model() const { return m_model; }
    MarketFilterBar *filterBar() const { return m_filters; }

    // The page's main action: File ▸ Import Market Pay Data, from the page.
    void importReports();
    void correctMatching(); // the matching of report titles to levels, in a dialog

private:
    void rebuild(); // the choices, then the figures
    void recompute(); // the figures for the filters as they are
    void removeImport();

    PlanSession *m_session;
    MarketFilterBar *m_filters;
    MarketDistributionModel *m_model;
    QTableView *m_table;
    QLabel *m_notes; // the method, and what was left out
    QStandardItemModel *m_imports;
    QTableView *m_importList;
    QPushButton *m_remove;
    EmptyStateStack *m_content;
};

} // namespace careerplanner
