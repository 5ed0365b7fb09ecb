#include "ui/SampleWindow.h"

#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "ui/MainWindow.h"

#include <QMessageBox>

namespace careerplanner {

void SampleWindow::open(QWidget *beside)
{
    QString error;
    std::unique_ptr<PlanDatabase> plan = PlanFactory::openOrCreateSample(&error);
    std::unique_ptr<PlanSession> session = plan ? PlanSession::load(std::move(plan), &error) : nullptr;
    if (!session) {
        QMessageBox::warning(beside, QObject::tr("Sample Plan"),
                             QObject::tr("The sample plan could not be opened.\n\n%1").arg(error));
        return;
    }
    auto *window = new MainWindow(std::move(session));
    window->setObjectName(QStringLiteral("sampleWindow"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->move(beside->window()->pos() + QPoint(40, 40)); // beside the user's window, not over it
    window->show();
}

} // namespace careerplanner
