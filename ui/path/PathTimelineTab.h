#pragma once

#include <QWidget>

class QSpinBox;

namespace careerplanner {

class ChartView;

// The path page's timeline: the chart, and the years it shows ("auto" when 0), which the
// user may narrow; rangeChanged asks the page to draw it again.
class PathTimelineTab final : public QWidget
{
    Q_OBJECT

public:
    explicit PathTimelineTab(QWidget *parent = nullptr);

    ChartView *view() const { return m_view; }
    int fromYear() const;
    int toYear() const;

Q_SIGNALS:
    void rangeChanged();

private:
    ChartView *m_view;
    QSpinBox *m_fromYear;
    QSpinBox *m_toYear;
};

} // namespace careerplanner
