#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace careerplanner {

class PlanSession;
class PromotionListModel;

// The promotions that happened, listed where they are recorded, each one to correct or
// remove (saying first what removing it does to the level held now).
class PromotionsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PromotionsPanel(PlanSession *session, QWidget *parent = nullptr);

private:
    int currentRow() const; // -1: none chosen
    void editPromotion();
    void removePromotion();
    void updateButtons();

    PlanSession *m_session;
    PromotionListModel *m_model;
    QTableView *m_table;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace careerplanner
