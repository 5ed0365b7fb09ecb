#pragma once

#include "core/market/MarketFilter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace careerplanner {

class MarketStore;

// The filters of the market pay page: job family (a ladder), company, where, years of
// experience from and to, and when reported from and to. Each change is told at once, as
// the distribution follows in a few milliseconds.
class MarketFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit MarketFilterBar(QWidget *parent = nullptr);

    // The families and companies to choose from, keeping what was chosen where it remains;
    // preferredLadder is chosen when nothing was.
    void setChoices(const MarketStore &market, const QString &preferredLadder);
    MarketFilter filter() const;

Q_SIGNALS:
    void filterChanged();

private:
    QComboBox *m_family;
    QComboBox *m_company;
    QLineEdit *m_location;
    QSpinBox *m_yearsFrom;
    QSpinBox *m_yearsTo;
    QDateEdit *m_from;
    QDateEdit *m_to;
    bool m_filling = false; // the choices are being remade: no change to tell
};

} // namespace careerplanner
