// The path timeline draws one marker per step, kind and week, so that a plan with
// thousands of milestones stays quick to draw; each marker's tool tip names what it stands for.
#include "ui/path/PathTimelineChart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QScatterSeries>
#include <QTest>

using namespace careerplanner;

class TestPathTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void milestonesOfAWeekShareAMarker();
    void onlyTheLevelsOnThePathHaveARow();
    void aNarrowChartLabelsFewerYears();
};

namespace {

Milestone milestone(const QString &title, const QDate &due, Milestone::Status status = Milestone::Status::Planned,
                    const QDate &completed = QDate())
{
    Milestone m;
    m.title = title;
    m.dueDate = due;
    m.status = status;
    m.completedDate = completed;
    return m;
}

QScatterSeries *seriesNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *series : chart->series()) {
        if (series->name() == name)
            return qobject_cast<QScatterSeries *>(series);
    }
    return nullptr;
}

// A ladder of levels titled titles, and a path on it from Junior (2025) to Senior (2028)
// whose Senior step has seniorMilestones.
Scenario juniorToSenior(CareerLadder *ladder, const QStringList &titles, const QList<Milestone> &seniorMilestones)
{
    ladder->name = QStringLiteral("Ladder");
    for (const QString &title : titles) {
        CareerLevel level;
        level.title = title;
        ladder->levels.append(level);
    }
    PathStep junior;
    junior.ladderName = ladder->name;
    junior.levelTitle = QStringLiteral("Junior");
    junior.targetDate = QDate(2025, 1, 1);
    PathStep senior = junior;
    senior.levelTitle = QStringLiteral("Senior");
    senior.targetDate = QDate(2028, 1, 1);
    senior.milestones = seniorMilestones;
    Scenario scenario;
    scenario.steps = { junior, senior };
    return scenario;
}

} // namespace

void TestPathTimeline::milestonesOfAWeekShareAMarker()
{
    CareerLadder ladder;
    // Monday 1, Wednesday 3 and Sunday 7 March 2027 are one week; Monday 8 March the next.
    const Scenario scenario = juniorToSenior(
        &ladder, { QStringLiteral("Junior"), QStringLiteral("Senior") },
        { milestone(QStringLiteral("Lead the launch"), QDate(2027, 3, 1)),
          milestone(QStringLiteral("Write the review"), QDate(2027, 3, 3)),
          milestone(QStringLiteral("Mentor two APMs"), QDate(2027, 3, 7)),
          milestone(QStringLiteral("Present to the VP"), QDate(2027, 3, 8)),
          milestone(QStringLiteral("Own a roadmap"), QDate(2027, 3, 2), Milestone::Status::Done, QDate(2026, 2, 4)) });

    PathTimelineChart::Options options;
    options.scenarios = { &scenario };
    options.today = QDate(2026, 6, 1);
    const PathTimelineChart::Result result = PathTimelineChart::build(options, { ladder });
    std::unique_ptr<QChart> chart(result.chart);

    QCOMPARE(result.milestoneMarkers, 3);
    QScatterSeries *open = seriesNamed(chart.get(), QStringLiteral("Milestone open"));
    QScatterSeries *done = seriesNamed(chart.get(), QStringLiteral("Milestone done"));
    QVERIFY(open && done);
    QCOMPARE(open->count(), 2);
    QCOMPARE(done->count(), 1);
    const QStringList openTips = result.pointTips.value(open);
    QCOMPARE(openTips.size(), 2);
    QVERIFY2(openTips.at(0).startsWith(QStringLiteral("3 milestones this week")), qPrintable(openTips.at(0)));
    for (const QString &title :
         { QStringLiteral("Lead the launch"), QStringLiteral("Write the review"), QStringLiteral("Mentor two APMs") })
        QVERIFY2(openTips.at(0).contains(title), qPrintable(title));
    QVERIFY(!openTips.at(0).contains(QStringLiteral("Present to the VP")));
    QVERIFY(openTips.at(1).startsWith(QStringLiteral("Present to the VP")));
    // Done milestones sit where they were done, each week on its own.
    QCOMPARE(done->at(0).x(), 2026 + 34.0 / 365);
    QVERIFY(result.pointTips.value(done).constFirst().startsWith(QStringLiteral("Own a roadmap")));
}

void TestPathTimeline::onlyTheLevelsOnThePathHaveARow()
{
    // A level added to the ladder between two steps of the path (Middle) is not one the
    // path passes through: it gets no row, and Senior's milestones are drawn by Senior.
    CareerLadder ladder;
    const Scenario scenario
        = juniorToSenior(&ladder, { QStringLiteral("Junior"), QStringLiteral("Middle"), QStringLiteral("Senior") },
                         { milestone(QStringLiteral("Lead the launch"), QDate(2027, 3, 1)) });
    PathTimelineChart::Options options;
    options.scenarios = { &scenario };
    options.today = QDate(2026, 6, 1);
    const PathTimelineChart::Result result = PathTimelineChart::build(options, { ladder });
    std::unique_ptr<QChart> chart(result.chart);

    auto *levels = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Vertical).constFirst());
    QVERIFY(levels);
    QCOMPARE(levels->categoriesLabels(), (QStringList { QStringLiteral("Junior"), QStringLiteral("Senior") }));
    QCOMPARE(levels->endValue(QStringLiteral("Senior")), 1.0);
    // The milestone sits half a row below Senior, its own step.
    QCOMPARE(seriesNamed(chart.get(), QStringLiteral("Milestone open"))->at(0).y(), 0.5);
}

void TestPathTimeline::aNarrowChartLabelsFewerYears()
{
    // 2020 to 2040: every 2 years on the timeline tab, every 5 beside the earnings chart,
    // where 2-year labels ran into each other.
    CareerLadder ladder;
    Scenario scenario = juniorToSenior(&ladder, { QStringLiteral("Junior"), QStringLiteral("Senior") }, {});
    scenario.steps[0].targetDate = QDate(2020, 1, 1);
    scenario.steps[1].targetDate = QDate(2039, 1, 1);
    PathTimelineChart::Options options;
    options.scenarios = { &scenario };
    options.today = QDate(2026, 6, 1);
    for (const auto &[most, interval] : { std::pair { 12, 2.0 }, std::pair { 6, 5.0 } }) {
        options.mostYearLabels = most;
        const PathTimelineChart::Result result = PathTimelineChart::build(options, { ladder });
        std::unique_ptr<QChart> chart(result.chart);
        auto *years = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).constFirst());
        QVERIFY(years);
        QCOMPARE(years->tickInterval(), interval);
        QVERIFY((years->max() - years->min()) / years->tickInterval() <= most);
    }
}

QTEST_MAIN(TestPathTimeline)
#include "tst_pathtimeline.moc"
