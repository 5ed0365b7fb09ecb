#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace careerplanner {

class PlanSession;
class StageModel;

// One application seen whole: what it is and through whom, its stages in order (added,
// edited, moved and removed here), and its offer, which one click makes a pay package.
class ApplicationStagesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicationStagesPanel(PlanSession *session, QWidget *parent = nullptr);

    void showApplication(qint64 applicationId); // 0: none chosen
    StageModel *stages() const { return m_stages; }
    QTableView *table() const { return m_table; }

    void addStage();
    void editStage();
    void editOffer();
    void makePayPackage();

Q_SIGNALS:
    void payPackageMade(); // the offer is now a package of Pay packages

private:
    int currentRow() const;
    void removeStage();
    void moveStage(int by);
    void showSummary();
    void updateButtons();

    PlanSession *m_session;
    StageModel *m_stages;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_offer;
    QList<QPushButton *> m_stageButtons; // need a stage chosen
    QPushButton *m_addStage;
    QPushButton *m_editOffer;
    QPushButton *m_makePackage;
};

} // namespace careerplanner
