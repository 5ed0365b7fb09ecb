#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace careerplanner {

class ChartView;
class CurrencyNotice;
class EmptyStateStack;
class MarketStandingLabel;
class PayHistoryModel;
class PlanSession;

// The pay actually received, year by year: a list to keep up to date, and a chart of it
// against the band of the level held each year.
class PayHistoryPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PayHistoryPage(PlanSession *session, QWidget *parent = nullptr);

    PayHistoryModel *model() const { return m_model; }
    ChartView *chartView() const { return m_chart; }

    // The page's main action, also in the window's Plan menu.
    void addRecord();

private:
    void rebuildChart();
    void editRecord();
    void removeRecord();
    int currentRow() const;

    PlanSession *m_session;
    PayHistoryModel *m_model;
    QTableView *m_table;
    ChartView *m_chart;
    CurrencyNotice *m_currencyNotice; // a year or band in another currency, without a rate
    MarketStandingLabel *m_market; // the latest year among the market reports for its level
    EmptyStateStack *m_content = nullptr; // the years and their chart, or what to do first
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace careerplanner
