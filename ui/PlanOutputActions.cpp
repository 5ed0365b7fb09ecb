#include "ui/PlanOutputActions.h"

#include "ui/PlanFileDialogs.h"
#include "ui/import/CsvImportDialog.h"
#include "ui/market/MarketImportDialog.h"
#include "ui/widgets/ActionSpec.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QWidget>

namespace careerplanner {

PlanOutputActions::PlanOutputActions(QWidget *window, std::function<PlanSession *()> session)
    : QObject(window)
    , m_window(window)
    , m_session(std::move(session))
{
    m_saveCopy = makeAction({ tr("Save a &Copy As…"),
                              QStringLiteral("saveCopyAction"),
                              { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S) },
                              tr("Write a snapshot of this plan to another file; changes here are saved as you "
                                 "make them") },
                            window, [this] { say(PlanFileDialogs::saveCopyAs(m_window, *m_session()), 8000); });
    m_importPay = makeAction({ tr("&Import Pay History from CSV…"),
                               QStringLiteral("importPayAction"),
                               {},
                               tr("Add years of pay from a spreadsheet's CSV file, with a preview") },
                             window, [this] { importCsv(int(CsvImportDialog::Kind::PayHistory)); });
    m_importLevels = makeAction({ tr("Import &Levels from CSV…"),
                                  QStringLiteral("importLevelsAction"),
                                  {},
                                  tr("Add levels to a ladder from a spreadsheet's CSV file, with a preview") },
                                window, [this] { importCsv(int(CsvImportDialog::Kind::Levels)); });
    m_importMarket = makeAction({ tr("Import &Market Pay Data…"),
                                  QStringLiteral("importMarketAction"),
                                  {},
                                  tr("Add pay reports from a Levels.fyi export, an H-1B disclosure file or a sheet "
                                     "of your own, to see where pay stands among them") },
                                window, [this] { importMarket(); });
    m_report = makeAction({ tr("Export &Report as PDF…"),
                            QStringLiteral("exportReportAction"),
                            { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) },
                            tr("Profile, path, bands, pay, milestones, goals and story coverage as a PDF") },
                          window, [this] { say(PlanFileDialogs::exportReport(m_window, *m_session()), 6000); });
    m_print
        = makeAction({ tr("&Print Report…"), {}, { QKeySequence(QKeySequence::Print) }, tr("Print the plan's report") },
                     window, [this] { PlanFileDialogs::printReport(m_window, *m_session()); });
}

void PlanOutputActions::importCsv(int kind)
{
    CsvImportDialog dialog(CsvImportDialog::Kind(kind), m_session(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Imported %1 rows; Edit ▸ Undo takes them back.").arg(dialog.rowModel()->rowCount()),
                             6000);
}

void PlanOutputActions::importMarket()
{
    MarketImportDialog dialog(m_session(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT statusMessage(dialog.added() == 1
                             ? tr("Added 1 market report; Edit ▸ Undo takes it back.")
                             : tr("Added %L1 market reports; Edit ▸ Undo takes them back.").arg(dialog.added()),
                         8000);
}

void PlanOutputActions::say(const QString &message, int timeout)
{
    if (!message.isEmpty())
        Q_EMIT statusMessage(message, timeout);
}

} // namespace careerplanner
