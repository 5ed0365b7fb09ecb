#pragma once

#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLabel;

namespace careerplanner {

class ChartView;
class CurrencyNotice;
class PlanSession;

// The salary-band chart with its choices: which ladder, another to overlay, base and/or
// total compensation, the market reports' spread. The user's latest recorded pay is drawn
// across the bands.
class BandChartPage final : public QWidget
{
    Q_OBJECT

public:
    BandChartPage(PlanSession *session, QAbstractItemModel *ladders, QWidget *parent = nullptr);

    ChartView *chartView() const { return m_view; }
    void rebuild();

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool m_marketOwed = false; // the market boxes wait until the page is shown
    PlanSession *m_session;
    QComboBox *m_ladder;
    QCheckBox *m_overlay;
    QComboBox *m_other;
    QCheckBox *m_base;
    QCheckBox *m_total;
    QCheckBox *m_market; // the market reports' boxes across the bands
    QLabel *m_note;
    ChartView *m_view;
    CurrencyNotice *m_currencyNotice; // pay in another currency than the bands, without a rate
};

} // namespace careerplanner
