#include "core/undo/EditRecorder.h"

namespace careerplanner {

EditRecorder::EditRecorder(PlanDatabase &plan, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
{
}

} // namespace careerplanner
