#pragma once

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace careerplanner {

class PlanSession;

// The File menu's actions on the open plan's content: save a copy, import from CSV, export
// the report or print it. What each did is said through statusMessage.
class PlanOutputActions final : public QObject
{
    Q_OBJECT

public:
    // session gives the window's plan at the time an action runs.
    PlanOutputActions(QWidget *window, std::function<PlanSession *()> session);

    QList<QAction *> copyActions() const { return { m_saveCopy }; }
    QList<QAction *> importActions() const { return { m_importPay, m_importLevels, m_importMarket }; }
    QList<QAction *> reportActions() const { return { m_report, m_print }; }

Q_SIGNALS:
    void statusMessage(const QString &message, int timeout);

private:
    void importCsv(int kind); // a CsvImportDialog::Kind
    void importMarket();
    void say(const QString &message, int timeout); // nothing when the user cancelled

    QWidget *m_window;
    std::function<PlanSession *()> m_session;
    QAction *m_saveCopy;
    QAction *m_importPay;
    QAction *m_importLevels;
    QAction *m_importMarket;
    QAction *m_report;
    QAction *m_print;
};

} // namespace careerplanner
