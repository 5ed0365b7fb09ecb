#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QTableView;

namespace careerplanner {

class ChartView;
class CurrencyNotice;
class CompareTableModel;
class LevelPickerModel;
class PlanSession;

// Compare levels: tick two to four levels from any ladders and see their bands side by
// side, in a table and a chart, with what each step up is worth.
class ComparePage final : public QWidget
{
    Q_OBJECT

public:
    explicit ComparePage(PlanSession *session, QWidget *parent = nullptr);

    LevelPickerModel *picker() const { return m_picker; }
    CompareTableModel *table() const { return m_table; }
    ChartView *chartView() const { return m_chart; }

private:
    static constexpr int OnMarket = 2; // added to a kind of pay in the Compare box: its market medians

    void fillKinds();
    void rebuild();

    PlanSession *m_session;
    LevelPickerModel *m_picker;
    CompareTableModel *m_table;
    QListView *m_pickerView;
    QComboBox *m_kind;
    QTableView *m_tableView;
    ChartView *m_chart;
    QLabel *m_hint;
    CurrencyNotice *m_currencyNotice; // bands in two currencies, without a rate
};

} // namespace careerplanner
