#pragma once

#include <QDialog>

class QComboBox;
class QPushButton;
class QTableView;

namespace careerplanner {

class ExchangeRateModel;
class PlanSession;

// Where the plan's currencies are set: the currency it is shown in and the user's exchange
// rates, each added, changed or removed as one undoable edit. Pages that cannot put two
// currencies side by side without a rate open it.
class ExchangeRatesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExchangeRatesDialog(PlanSession *session, QWidget *parent = nullptr);
    // Shows it over parent's window until closed.
    static void open(PlanSession *session, QWidget *parent);

    // Every currency the plan uses (packages, pay years, bands, rates), in code order.
    static QStringList currenciesIn(const PlanSession &session);

private:
    int currentRow() const; // -1: none chosen
    void fillDisplayChoices();
    void chooseDisplayCurrency();
    void addRate();
    void editRate();
    void removeRate();
    void updateButtons();

    PlanSession *m_session;
    ExchangeRateModel *m_model;
    QComboBox *m_display;
    QTableView *m_table;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace careerplanner
