#include "ui/widgets/ComboRowKeeper.h"

#include "core/plan/PlanSession.h"

#include <QComboBox>

#include <memory>

namespace careerplanner {

void ComboRowKeeper::keep(QComboBox *box, PlanSession *session)
{
    auto row = std::make_shared<int>(-1);
    QObject::connect(session, &PlanSession::planAboutToBeReloaded, box, [box, row] { *row = box->currentIndex(); });
    QObject::connect(session, &PlanSession::planReloaded, box, [box, row] {
        if (*row >= 0 && box->count() > 0)
            box->setCurrentIndex(std::min(*row, box->count() - 1));
    });
}

} // namespace careerplanner
