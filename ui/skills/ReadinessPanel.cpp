#include "ui/skills/ReadinessPanel.h"

#include "ui/widgets/PageRefresh.h"
#include "ui/charts/ChartView.h"
#include "core/plan/PlanSession.h"
#include "ui/skills/SkillCharts.h"
#include "core/skills/SkillReadiness.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace careerplanner {

ReadinessPanel::ReadinessPanel(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_step(new QComboBox(this))
    , m_figure(new QLabel(this))
    , m_chart(new ChartView(this))
{
    m_step->setObjectName(QStringLiteral("readinessStep"));
    m_figure->setObjectName(QStringLiteral("readinessFigure"));
    m_figure->setWordWrap(true);
    m_chart->setObjectName(QStringLiteral("gapChart"));
    auto *formula = new QLabel(SkillReadiness::formula(), this);
    formula->setObjectName(QStringLiteral("readinessFormula"));
    formula->setWordWrap(true);
    formula->setTextFormat(Qt::PlainText);

    auto *top = new QHBoxLayout;
    auto *stepLabel = new QLabel(tr("&Promotion to:"), this);
    stepLabel->setBuddy(m_step);
    top->addWidget(stepLabel);
    top->addWidget(m_step, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_figure);
    layout->addWidget(formula);
    layout->addWidget(m_chart, 1);

    connect(m_step, &QComboBox::currentIndexChanged, this, &ReadinessPanel::refresh);
    // A new path or profile changes the steps to choose from (and so the figure with them).
    const PlanParts steps = PlanPart::Scenarios | PlanPart::Profile;
    new PageRefresh(session, steps | PlanPart::Milestones | PlanPart::Goals | PlanPart::Expectations, this,
                    [this, steps](PlanParts changed) { changed &steps ? fillSteps() : refresh(); });
    fillSteps();
}

void ReadinessPanel::fillSteps()
{
    const QVariant chosen = m_step->currentData();
    {
        const QSignalBlocker blocker(m_step);
        m_step->clear();
        // The promotions still to come; the level held now has nothing to get ready for.
        const int next = m_session->pathStore().nextStepIndex();
        const QList<PathStep> steps
            = next < 0 ? QList<PathStep>() : m_session->pathStore().scenarios().constFirst().steps;
        for (int i = std::max(next, 0); i < steps.size(); ++i) {
            const PathStep &step = steps.at(i);
            const QString date = QLocale().toString(step.targetDate, QLocale::ShortFormat);
            m_step->addItem(
                step.targetDate.isValid() ? tr("%1 (target %2)").arg(step.levelTitle, date) : step.levelTitle, i);
        }
        m_step->setCurrentIndex(std::max(0, m_step->findData(chosen)));
    }
    refresh();
}

void ReadinessPanel::refresh()
{
    const int index = m_step->currentIndex() < 0 ? -1 : m_step->currentData().toInt();
    if (index < 0) {
        m_figure->setText(tr("Lay out your path on the “My path” tab to see how ready you are for each promotion."));
        m_chart->setChartWithToolTips(SkillCharts::gaps({}, m_session->skillStore().skills(), QString()), {});
        return;
    }
    const PathStep &step = m_session->pathStore().scenarios().constFirst().steps.at(index);
    const SkillReadiness::Result result = SkillReadiness::forStep(
        step, m_session->skillStore().skillMatrix(), m_session->skillStore().skills(), m_session->skillStore().goals());
    m_figure->setText(tr("<b>Readiness for %1: %2</b> — milestones %3, skills %4")
                          .arg(step.levelTitle.toHtmlEscaped(), SkillReadiness::percent(result.combined),
                               SkillReadiness::percent(result.milestones), SkillReadiness::percent(result.skills)));
    const QList<SkillReadiness::Gap> gaps
        = SkillReadiness::gaps(m_session->skillStore().skillMatrix(), step.ladderName, step.levelTitle,
                               m_session->skillStore().skills(), m_session->skillStore().goals());
    m_chart->setChartWithToolTips(SkillCharts::gaps(gaps, m_session->skillStore().skills(), step.levelTitle), {});
}

} // namespace careerplanner
