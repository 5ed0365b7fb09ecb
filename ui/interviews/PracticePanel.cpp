#include "ui/interviews/PracticePanel.h"

#include "core/interviews/PracticeDraw.h"
#include "core/plan/PlanSession.h"
#include "core/stories/StoryCoverage.h"
#include "ui/charts/ChartView.h"
#include "ui/interviews/PracticeSessionDialog.h"
#include "ui/interviews/ReadinessChart.h"
#include "ui/interviews/ReadinessModel.h"
#include "ui/widgets/PageRefresh.h"
#include "ui/widgets/RecordTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace careerplanner {

PracticePanel::PracticePanel(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_clock(PracticeClock::steadyClock())
    , m_readiness(new ReadinessModel(session, this))
    , m_summary(new QLabel(this))
    , m_count(new QSpinBox(this))
    , m_limit(new QComboBox(this))
    , m_start(new QPushButton(tr("&Start Practice"), this))
    , m_table(new QTableView(this))
    , m_chart(new ChartView(this))
{
    m_summary->setObjectName(QStringLiteral("practiceSummary"));
    m_summary->setWordWrap(true);
    m_count->setObjectName(QStringLiteral("practiceCount"));
    m_count->setRange(1, 20);
    m_count->setValue(PracticeDraw::DefaultCount);
    m_count->setSuffix(tr(" questions"));
    m_limit->setObjectName(QStringLiteral("practiceLimit"));
    for (const int minutes : { 1, 2, 3, 5 })
        m_limit->addItem(minutes == 1 ? tr("1 minute each") : tr("%1 minutes each").arg(minutes), minutes * 60);
    m_limit->addItem(tr("No time limit"), 0);
    m_limit->setCurrentIndex(m_limit->findData(PracticeClock::DefaultLimit));
    m_start->setObjectName(QStringLiteral("startPractice"));
    m_table->setObjectName(QStringLiteral("readinessTable"));
    m_table->setAccessibleName(tr("Readiness per Leadership Principle"));
    m_table->setModel(m_readiness);
    RecordTable::configure(m_table, ReadinessModel::PrincipleColumn);
    m_chart->setObjectName(QStringLiteral("readinessChart"));

    auto *countLabel = new QLabel(tr("Se&ssion of:"), this);
    countLabel->setBuddy(m_count);
    auto *limitLabel = new QLabel(tr("&Time:"), this);
    limitLabel->setBuddy(m_limit);
    auto *controls = new QHBoxLayout;
    controls->addWidget(countLabel);
    controls->addWidget(m_count);
    controls->addWidget(limitLabel);
    controls->addWidget(m_limit);
    controls->addWidget(m_start);
    controls->addStretch();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setSizes({ 520, 480 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);

    connect(m_start, &QPushButton::clicked, this, &PracticePanel::startPractice);
    new PageRefresh(session, PlanPart::Stories | PlanPart::Interviews, this, [this](PlanParts) {
        updateSummary();
        updateChart();
    });
    updateSummary();
    updateChart();
}

int PracticePanel::limitSeconds() const
{
    return m_limit->currentData().toInt();
}

void PracticePanel::updateSummary()
{
    const InterviewStore &store = m_session->interviewStore();
    const auto &schedule = store.schedule();
    const int due = PracticeSchedule::dueCount(schedule, QDate::currentDate());
    const auto fresh = std::count_if(store.questions().cbegin(), store.questions().cend(),
                                     [&schedule](const Question &q) { return !schedule.value(q.id).scheduled(); });
    if (store.questions().isEmpty()) {
        m_summary->setText(tr("The question bank is empty: add the questions you expect on the Questions tab."));
        m_start->setEnabled(false);
        return;
    }
    m_start->setEnabled(true);
    m_summary->setText(
        tr("<b>%1</b> due again today · %2 never practised · %3 in the bank. A session asks the due ones "
           "first, then the principles with the fewest stories. A well-rated answer comes back later "
           "(1, 3, 7, 14, then 30 days), a poor one the next day.")
            .arg(due == 1 ? tr("1 question") : tr("%1 questions").arg(due))
            .arg(fresh)
            .arg(store.questions().size()));
}

void PracticePanel::updateChart()
{
    m_chart->setChartWithToolTips(ReadinessChart::build(m_readiness->rows()), {});
}

void PracticePanel::startPractice()
{
    const InterviewStore &store = m_session->interviewStore();
    const QList<PracticeDraw::Pick> picks = PracticeDraw::draw(
        store.questions(), store.schedule(),
        StoryCoverage::leadershipPrinciples(m_session->skillStore().skills(), m_session->storyStore().stories()),
        QDate::currentDate(), m_count->value());
    QList<qint64> ids;
    for (const PracticeDraw::Pick &pick : picks)
        ids.append(pick.questionId);
    practise(ids);
}

void PracticePanel::practise(const QList<qint64> &questionIds)
{
    if (questionIds.isEmpty())
        return;
    PracticeSessionDialog dialog(m_session, questionIds, limitSeconds(), this, m_clock, m_storyWriter);
    dialog.exec();
}

} // namespace careerplanner
