#pragma once
// A fresh temporary folder with one plan in it, for a test function: the sample plan or
// the reference ladders alone. Remade by each call of reset(), so that no test sees
// another's files.

#include "core/plan/PlanFactory.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace testfiles {

class PlanFixture
{
public:
    enum class Content { Sample, ReferenceLadders };

    // A new folder and plan at filePath(name); false with error() if the plan was not made.
    bool reset(Content content, const QString &name = QStringLiteral("P.careerplan"))
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_plan = filePath(name);
        m_error.clear();
        const auto plan = content == Content::Sample
                              ? careerplanner::PlanFactory::createSample(m_plan, &m_error)
                              : careerplanner::PlanFactory::createWithReferenceLadders(m_plan, &m_error);
        return plan != nullptr; // closed again here, its lock let go
    }

    QString plan() const { return m_plan; }
    QString folder() const { return m_dir->path(); }
    QString filePath(const QString &name) const { return m_dir->filePath(name); }
    QString error() const { return m_error; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_plan;
    QString m_error;
};

} // namespace testfiles
