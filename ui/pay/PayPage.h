#pragma once

#include "ui/widgets/TypedRangeBox.h"

#include <QWidget>

class QHBoxLayout;
class QListView;
class QPushButton;
class QSpinBox;
class QTableView;

namespace careerplanner {

class ChartView;
class CurrencyNotice;
class EmptyStateStack;
class InlineProblemLabel;
class PackageListModel;
class PayProjectionModel;
class PlanSession;

// Pay packages (a current job, offers) and what each pays year by year, side by side,
// as a table with totals and as stacked bars.
class PayPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PayPage(PlanSession *session, QWidget *parent = nullptr);

    PackageListModel *packages() const { return m_packages; }
    PayProjectionModel *projection() const { return m_projection; }
    ChartView *chartView() const { return m_chart; }

    // The page's main action, also in the window's Plan menu.
    void addPackage();

private:
    void rebuild();
    void editPackage();
    void removePackage();
    int currentRow() const;

    PlanSession *m_session;
    PackageListModel *m_packages;
    PayProjectionModel *m_projection;
    QListView *m_list;
    TypedRangeSpinBox *m_years;
    InlineProblemLabel *m_yearsProblem;
    QTableView *m_table;
    ChartView *m_chart; // the first, or only, chart
    CurrencyNotice *m_currencyNotice;
    QList<ChartView *> m_moreCharts; // one per further currency, without a rate
    QHBoxLayout *m_chartRow = nullptr;
    EmptyStateStack *m_content = nullptr; // the projection and its chart, or what to do first
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace careerplanner
