// The promotion case without a window: criteria from the level below and the ladder, the
// evidence suggested from tags and words on hand-made records, the user's choices of order
// and what is left out (and their undo), the sample's next step with a gap, the Markdown
// read back, the choices carried through a JSON export and import, and résumé lines from
// hand-made stories.
#include "core/promotion/CaseMatcher.h"
#include "core/promotion/PromotionCaseBuilder.h"
#include "core/promotion/PromotionCaseMarkdown.h"
#include "core/io/PlanJson.h"
#include "core/plan/PlanSession.h"
#include "core/skills/SkillCatalog.h"
#include "core/stories/ResumeLines.h"

#include "PlanFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;

namespace {

Story story(qint64 id, const char *title, const char *action, const char *result, const char *outcomes,
            const QStringList &tags, const QDate &date = QDate(2026, 3, 1))
{
    Story s;
    s.id = id;
    s.title = QString::fromUtf8(title);
    s.action = QString::fromUtf8(action);
    s.result = QString::fromUtf8(result);
    s.outcomes = QString::fromUtf8(outcomes);
    s.tags = tags;
    s.date = date;
    return s;
}

// A ladder of two levels: what it takes to leave the first, and the ladder's own criterion.
PromotionCaseBuilder::Input handMade()
{
    PromotionCaseBuilder::Input input;
    QString error;
    SkillMatrix unused;
    if (!SkillCatalog::load(&input.skills, &unused, &error))
        qFatal("%s", qPrintable(error));
    CareerLadder ladder;
    ladder.name = QStringLiteral("Ops");
    ladder.promotionCriteria = { QStringLiteral("Visibility of your work and its impact") };
    CareerLevel lower;
    lower.title = QStringLiteral("Lead");
    lower.toAdvance = { QStringLiteral("Lead and influence people you have no authority over"),
                        QStringLiteral("Earn the trust of customers"), QStringLiteral("Negotiate budgets") };
    CareerLevel upper;
    upper.title = QStringLiteral("Senior Lead");
    ladder.levels = { lower, upper };
    input.ladders = { ladder };
    PathStep now;
    now.ladderName = ladder.name;
    now.levelTitle = lower.title;
    now.targetDate = QDate(2024, 1, 1);
    PathStep next = now;
    next.levelTitle = upper.title;
    next.targetDate = QDate(2027, 6, 1);
    Milestone shown;
    shown.id = 11;
    shown.title = QStringLiteral("Present the roadmap to the VP staff");
    shown.status = Milestone::Status::Done;
    shown.completedDate = QDate(2026, 5, 2);
    shown.evidence = QStringLiteral("Gave the work visibility with leadership; the VP adopted two proposals.");
    Milestone planned;
    planned.id = 12;
    planned.title = QStringLiteral("Negotiate next year's budgets with finance");
    next.milestones = { shown, planned };
    input.path = { now, next };
    input.stories = { story(21, "Platform migration", "Led five teams without authority through the migration.",
                            "Shipped on time.", "Costs down 30%.", { QStringLiteral("influence") }),
                      story(22, "Holiday rota", "Rebuilt the rota.", "Nobody missed a shift.", "", {}) };
    FeedbackQuote quote;
    quote.id = 31;
    quote.person = QStringLiteral("Dana");
    quote.source = FeedbackQuote::Source::Customer;
    quote.quote = QStringLiteral("You earned our trust by telling us the bad news first.");
    quote.tags = { QStringLiteral("earn_trust") };
    input.feedback = { quote };
    return input;
}

// What the user sees of pieces: kind and title, the same in a plan made from an export.
QStringList shown(const QList<CaseEvidence> &evidence)
{
    QStringList pieces;
    for (const CaseEvidence &piece : evidence)
        pieces.append(CaseEvidence::kindKey(piece.kind) + QLatin1Char(':') + piece.title);
    return pieces;
}

QList<qint64> ids(const QList<CaseEvidence> &evidence)
{
    QList<qint64> found;
    for (const CaseEvidence &piece : evidence)
        found.append(piece.id);
    return found;
}

} // namespace

class TestPromotionCase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evidenceIsSuggestedFromTagsAndWords();
    void choicesOrderAndLeaveOut();
    void theSampleCaseListsEveryCriterion();
    void theMarkdownReadsBack();
    void choicesTravelInJson();
    void resumeLinesFromStories();

private:
    testfiles::PlanFixture m_fixture;
};

void TestPromotionCase::evidenceIsSuggestedFromTagsAndWords()
{
    const PromotionCase c = PromotionCaseBuilder::build(handMade(), 1);
    QCOMPARE(c.fromLevel, QStringLiteral("Lead"));
    QCOMPARE(c.toLevel, QStringLiteral("Senior Lead"));
    QCOMPARE(c.criteria.size(), 4); // three to leave the level, one of the ladder
    QCOMPARE(c.criteria.at(0).origin, QStringLiteral("To advance from Lead"));
    QCOMPARE(c.criteria.at(3).origin, QStringLiteral("Ops: promotion criteria"));
    // "influence" names the stakeholder skill; the story tagged with it is suggested, saying why.
    QVERIFY(c.criteria.at(0).skillKeys.contains(QStringLiteral("influence")));
    QCOMPARE(ids(c.criteria.at(0).evidence), (QList<qint64> { 21 }));
    QVERIFY(c.criteria.at(0).evidence.at(0).suggested);
    QCOMPARE(c.criteria.at(0).evidence.at(0).why, QStringLiteral("tagged Stakeholder management and influence"));
    // "Earn the trust" names Earn Trust: the customer's quote.
    QCOMPARE(ids(c.criteria.at(1).evidence), (QList<qint64> { 31 }));
    QCOMPARE(c.criteria.at(1).evidence.at(0).detail, QStringLiteral("Dana, customer"));
    // Budgets: only a planned milestone speaks to it, so it is a gap that says to finish it.
    QVERIFY(c.criteria.at(2).isGap());
    QVERIFY(c.criteria.at(2).suggestion.contains(QStringLiteral("Negotiate next year's budgets with finance")));
    // Visibility and impact: the done milestone shares the words.
    QCOMPARE(ids(c.criteria.at(3).evidence), (QList<qint64> { 11 }));
    QCOMPARE(c.criteria.at(3).evidence.at(0).why, QStringLiteral("shares “visibility”"));
    QCOMPARE(c.gapCount(), 1);
    // The rota story is cited nowhere: it is listed as not yet placed, never dropped.
    QCOMPARE(ids(c.unplaced), (QList<qint64> { 22 }));
    // Step 0 is the level held: no case.
    QVERIFY(PromotionCaseBuilder::build(handMade(), 0).isEmpty());
}

void TestPromotionCase::choicesOrderAndLeaveOut()
{
    PromotionCaseBuilder::Input input = handMade();
    // The user puts the rota story first for influence, leaves the migration out.
    const QString criterion = input.ladders.at(0).levels.at(0).toAdvance.at(0);
    input.choices = { { criterion, CaseEvidence::Kind::Story, 22, true },
                      { criterion, CaseEvidence::Kind::Feedback, 31, true },
                      { criterion, CaseEvidence::Kind::Story, 21, false } };
    const PromotionCase c = PromotionCaseBuilder::build(input, 1);
    QCOMPARE(ids(c.criteria.at(0).evidence), (QList<qint64> { 22, 31 }));
    QVERIFY(!c.criteria.at(0).evidence.at(0).suggested);
    QCOMPARE(ids(c.criteria.at(0).leftOut), (QList<qint64> { 21 }));
    QCOMPARE(c.criteria.at(0).leftOut.at(0).why, QStringLiteral("tagged Stakeholder management and influence"));
    QVERIFY(c.unplaced.isEmpty() || !ids(c.unplaced).contains(22));

    // In a plan: one undo step per change, kept in the file.
    QVERIFY2(m_fixture.reset(testfiles::PlanFixture::Content::Sample), qPrintable(m_fixture.error()));
    QString error;
    auto session = PlanSession::open(m_fixture.plan(), &error);
    QVERIFY2(session, qPrintable(error));
    PromotionCaseStore &store = session->promotionCaseStore();
    QSignalSpy recorded(session.get(), &PlanSession::editRecorded);
    const PromotionCase before = store.caseFor();
    const auto withEvidence = std::find_if(before.criteria.cbegin(), before.criteria.cend(),
                                           [](const CaseCriterion &k) { return k.evidence.size() >= 2; });
    QVERIFY(withEvidence != before.criteria.cend());
    const int at = int(withEvidence - before.criteria.cbegin());
    QList<CaseEvidence> reordered = withEvidence->evidence;
    const CaseEvidence dropped = reordered.takeFirst();
    std::reverse(reordered.begin(), reordered.end());
    QVERIFY2(store.setEvidence(before.step, withEvidence->text, reordered, { dropped }, &error), qPrintable(error));
    QCOMPARE(recorded.size(), 1);
    const PromotionCase after = store.caseFor();
    QCOMPARE(ids(after.criteria.at(at).evidence), ids(reordered));
    QCOMPARE(ids(after.criteria.at(at).leftOut), (QList<qint64> { dropped.id }));
    {
        auto reopened = PlanSession::open(m_fixture.plan(), &error); // refused: the plan is open
        QVERIFY(!reopened);
    }
    PlanUndoLog::Range redo;
    const QList<QVariant> &last = recorded.constLast();
    QVERIFY2(session->replayEdit({ last.at(1).toLongLong(), last.at(2).toLongLong() }, &redo, &error),
             qPrintable(error));
    QCOMPARE(ids(store.caseFor().criteria.at(at).evidence), ids(withEvidence->evidence));
}

void TestPromotionCase::theSampleCaseListsEveryCriterion()
{
    QVERIFY2(m_fixture.reset(testfiles::PlanFixture::Content::Sample), qPrintable(m_fixture.error()));
    QString error;
    auto session = PlanSession::open(m_fixture.plan(), &error);
    QVERIFY2(session, qPrintable(error));
    const PromotionCase c = session->promotionCaseStore().caseFor();
    QCOMPARE(c.fromLevel, QStringLiteral("Program Manager"));
    QCOMPARE(c.toLevel, QStringLiteral("Senior Program Manager"));
    // Every criterion of the step, in order: what it takes to leave Program Manager, then the ladder's.
    const CareerLadder &ladder = session->ladderStore().ladders().constFirst();
    QStringList expected = ladder.levels.at(1).toAdvance + ladder.promotionCriteria;
    QStringList listed;
    for (const CaseCriterion &criterion : c.criteria) {
        listed.append(criterion.text);
        // Each has evidence or is a gap with a suggestion; never neither.
        QVERIFY(!criterion.evidence.isEmpty() || !criterion.suggestion.isEmpty());
        for (const CaseEvidence &piece : criterion.evidence)
            QVERIFY2(!piece.why.isEmpty(), qPrintable(piece.title)); // a suggestion says why
    }
    QCOMPARE(listed, expected);
    QVERIFY(c.gapCount() >= 1);
    // The milestones done of the step meet the criteria they were made from.
    const auto frame = std::find_if(c.criteria.cbegin(), c.criteria.cend(), [](const CaseCriterion &k) {
        return k.text == QLatin1String("Find and frame problems on your own");
    });
    QVERIFY(frame != c.criteria.cend());
    QVERIFY(std::any_of(frame->evidence.cbegin(), frame->evidence.cend(),
                        [](const CaseEvidence &e) { return e.kind == CaseEvidence::Kind::Milestone; }));
    // The skills against what Senior Program Manager expects, largest gap first.
    QVERIFY(!c.skills.isEmpty());
    for (int i = 1; i < c.skills.size(); ++i)
        QVERIFY(c.skills.at(i - 1).gap() >= c.skills.at(i).gap());
    // Asked by the level's title, the same case; by a level not ahead, none.
    QCOMPARE(session->promotionCaseStore().caseForLevel(QStringLiteral("senior program manager")).step, c.step);
    QVERIFY(session->promotionCaseStore().caseForLevel(QStringLiteral("Program Manager")).isEmpty());
}

void TestPromotionCase::theMarkdownReadsBack()
{
    PromotionCaseBuilder::Input input = handMade();
    input.stories[0].title = QStringLiteral("*Bold* move <script>alert(1)</script> # [link](x)");
    const PromotionCase c = PromotionCaseBuilder::build(input, 1);
    const QString md = PromotionCaseMarkdown::write(c, input.skills);
    QVERIFY(md.startsWith(QStringLiteral("# Promotion case: Senior Lead\n")));
    QVERIFY(md.contains(QStringLiteral("4 criteria: 3 with evidence, 1 without.")));
    for (int i = 0; i < c.criteria.size(); ++i)
        QVERIFY(md.contains(
            QStringLiteral("### %1. %2\n").arg(i + 1).arg(PromotionCaseMarkdown::escaped(c.criteria.at(i).text))));
    QVERIFY(md.contains(QStringLiteral("**Gap:** no evidence yet. Finish the milestone")));
    QVERIFY(md.contains(QStringLiteral("- **Feedback**: “You earned our trust by telling us the bad news first.”, "
                                       "Dana, customer")));
    // The user's markup stays text.
    QVERIFY(!md.contains(QStringLiteral("<script>")));
    QVERIFY(md.contains(QStringLiteral("\\*Bold\\* move \\<script\\>alert(1)\\</script\\> # \\[link\\](x)")));
    QVERIFY(md.contains(QStringLiteral("## Evidence not yet placed\n\n- **Story**: Holiday rota")));
    QVERIFY(PromotionCaseMarkdown::write(PromotionCase(), input.skills).contains(QStringLiteral("no promotion ahead")));
}

void TestPromotionCase::resumeLinesFromStories()
{
    const QList<Story> stories {
        story(1, "Rota", "Rebuilt the holiday rota.", "Nobody missed a shift.", "", {}, QDate(2026, 5, 1)),
        story(2, "Migration", "Led five teams through the platform migration. Then more.", "Shipped on time.",
              "Costs down 30% in a year.", {}, QDate(2025, 1, 1)),
        story(3, "Empty", "", "", "", {}, QDate(2026, 6, 1)),
        story(4, "Launch", "", "Launched in 3 markets", "", {}, QDate(2024, 1, 1)),
    };
    const QList<ResumeLines::Line> lines = ResumeLines::fromStories(stories);
    QCOMPARE(lines.size(), 3); // the story with neither action nor result has nothing to say
    QCOMPARE(lines.at(0).text,
             QStringLiteral("Led five teams through the platform migration, costs down 30% in a year."));
    QVERIFY(lines.at(0).measurable);
    QCOMPARE(lines.at(1).text, QStringLiteral("Launched in 3 markets."));
    QVERIFY(lines.at(1).measurable);
    QCOMPARE(lines.at(2).text, QStringLiteral("Rebuilt the holiday rota, nobody missed a shift."));
    QVERIFY(!lines.at(2).measurable);
    QCOMPARE(ResumeLines::asText(lines.mid(0, 1)),
             QStringLiteral("- Led five teams through the platform migration, costs down 30% in a year.\n"));
}

void TestPromotionCase::choicesTravelInJson()
{
    QVERIFY2(m_fixture.reset(testfiles::PlanFixture::Content::Sample), qPrintable(m_fixture.error()));
    QString error;
    QList<CaseEvidence> in;
    QList<CaseEvidence> out;
    QString criterion;
    int at = 0;
    QStringList shownIn;
    QStringList shownOut;
    {
        auto session = PlanSession::open(m_fixture.plan(), &error);
        QVERIFY2(session, qPrintable(error));
        PromotionCaseStore &store = session->promotionCaseStore();
        const PromotionCase before = store.caseFor();
        QList<CaseEvidence> all = before.unplaced;
        for (const CaseCriterion &k : before.criteria)
            all += k.evidence;
        const auto isStory = [](const CaseEvidence &e) { return e.kind == CaseEvidence::Kind::Story; };
        // A criterion a story is suggested for: the story left out, a quote and a milestone put in.
        const auto withStory
            = std::find_if(before.criteria.cbegin(), before.criteria.cend(), [&](const CaseCriterion &k) {
                  return std::any_of(k.evidence.cbegin(), k.evidence.cend(), isStory);
              });
        QVERIFY(withStory != before.criteria.cend());
        at = int(withStory - before.criteria.cbegin());
        criterion = withStory->text;
        out.append(*std::find_if(withStory->evidence.cbegin(), withStory->evidence.cend(), isStory));
        for (CaseEvidence::Kind kind : { CaseEvidence::Kind::Feedback, CaseEvidence::Kind::Milestone }) {
            const auto piece
                = std::find_if(all.cbegin(), all.cend(), [&](const CaseEvidence &e) { return e.kind == kind; });
            QVERIFY2(piece != all.cend(), qPrintable(CaseEvidence::kindKey(kind)));
            in.append(*piece);
        }
        QVERIFY2(store.setEvidence(before.step, criterion, in, out, &error), qPrintable(error));
        const CaseCriterion chosen = store.caseFor().criteria.at(at);
        QCOMPARE(shown(chosen.evidence.mid(0, in.size())), shown(in)); // suggestions may follow
        shownIn = shown(chosen.evidence);
        shownOut = shown(chosen.leftOut);
        QCOMPARE(shownOut, shown(out));
    }
    QByteArray json;
    {
        auto plan = PlanDatabase::openReadOnly(m_fixture.plan(), &error);
        QVERIFY2(plan && PlanJson::exportPlan(*plan, &json, &error), qPrintable(error));
    }
    const QJsonArray cases = QJsonDocument::fromJson(json).object().value(QStringLiteral("promotionCases")).toArray();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.at(0).toObject().value(QStringLiteral("criterion")).toString(), criterion);
    QCOMPARE(cases.at(0).toObject().value(QStringLiteral("evidence")).toArray().size(), 3);

    // A plan made from the export shows the same case, and exports the same bytes.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.careerplan"));
    QVERIFY2(PlanJson::importPlan(json, copy, &error), qPrintable(error));
    {
        auto session = PlanSession::open(copy, &error);
        QVERIFY2(session, qPrintable(error));
        const CaseCriterion first = session->promotionCaseStore().caseFor().criteria.at(at);
        QCOMPARE(first.text, criterion);
        QCOMPARE(shown(first.evidence), shownIn);
        QCOMPARE(shown(first.leftOut), shownOut);
    }
    {
        auto plan = PlanDatabase::openReadOnly(copy, &error);
        QByteArray again;
        QVERIFY2(plan && PlanJson::exportPlan(*plan, &again, &error), qPrintable(error));
        QCOMPARE(again, json);
    }

    // Refused: the key in a format-9 file, a story the file does not have, a piece twice.
    QJsonObject root = QJsonDocument::fromJson(json).object();
    const auto refusal = [&](const QJsonObject &edited) {
        PlanContent content;
        QString problem;
        return PlanJson::parse(QJsonDocument(edited).toJson(), &content, &problem) ? QString() : problem;
    };
    QJsonObject nine = root;
    nine.insert(QStringLiteral("formatVersion"), 9);
    QVERIFY2(refusal(nine).contains(QStringLiteral("promotionCases")), qPrintable(refusal(nine)));
    QJsonObject entry = cases.at(0).toObject();
    QJsonArray evidence = entry.value(QStringLiteral("evidence")).toArray();
    evidence.replace(2, QJsonObject { { QStringLiteral("story"), 10'000 }, { QStringLiteral("included"), false } });
    entry.insert(QStringLiteral("evidence"), evidence);
    QJsonObject missing = root;
    missing.insert(QStringLiteral("promotionCases"), QJsonArray { entry });
    QVERIFY2(refusal(missing).contains(QStringLiteral("promotionCases[0].evidence[2]")), qPrintable(refusal(missing)));
    evidence.replace(2, evidence.at(0));
    entry.insert(QStringLiteral("evidence"), evidence);
    QJsonObject twice = root;
    twice.insert(QStringLiteral("promotionCases"), QJsonArray { entry });
    QVERIFY2(refusal(twice).contains(QStringLiteral("twice")), qPrintable(refusal(twice)));
}

QTEST_GUILESS_MAIN(TestPromotionCase)
#include "tst_promotioncase.moc"
