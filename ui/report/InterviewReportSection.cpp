#include "ui/report/InterviewReportSection.h"

#include "core/interviews/InterviewReadiness.h"
#include "core/interviews/WritingTemplates.h"
#include "core/plan/PlanSession.h"
#include "ui/report/ReportHtml.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InterviewReportSection", text);
}

} // namespace

QString InterviewReportSection::html(const PlanSession &session, const QString &title, const QDate &today)
{
    QString html = ReportHtml::heading(title, true);
    const InterviewStore &store = session.interviewStore();
    const auto &schedule = store.schedule();
    const int due = PracticeSchedule::dueCount(schedule, today);
    const auto practised = std::count_if(schedule.cbegin(), schedule.cend(),
                                         [](const PracticeSchedule::State &state) { return state.practised(); });
    if (store.questions().isEmpty())
        return html + ReportHtml::paragraph(tr("The question bank is empty."));
    html += ReportHtml::paragraph(tr("%1 of %2 questions practised in %3 answers; %4 due again on %5.")
                                      .arg(practised)
                                      .arg(store.questions().size())
                                      .arg(store.attempts().size())
                                      .arg(due)
                                      .arg(ReportHtml::dateText(today)));
    QList<QStringList> rows;
    for (const InterviewReadiness::Row &row : InterviewReadiness::byPrinciple(
             session.skillStore().skills(), session.storyStore().stories(), store.questions(), schedule, today)) {
        rows.append({ row.name, QString::number(row.stories), tr("%1 of %2").arg(row.practised).arg(row.questions),
                      row.latestPractised.isValid() ? tr("%1 of 5 (%2)")
                                                          .arg(QLocale().toString(row.latestRating, 'f', 1),
                                                               ReportHtml::dateText(row.latestPractised))
                                                    : QStringLiteral("—"),
                      QString::number(row.due) });
    }
    html += ReportHtml::table(
        { tr("Leadership Principle"), tr("Stories"), tr("Questions practised"), tr("Latest rating"), tr("Due") }, rows);
    html += QStringLiteral("<h3>%1</h3>").arg(ReportHtml::esc(tr("Writing exercise")));
    QList<QStringList> drafts;
    for (const WritingDraft &draft : store.drafts()) {
        const int words = WritingTemplates::wordCount(draft.body);
        drafts.append({ draft.title, ReportHtml::dateText(draft.writtenOn), QLocale().toString(words) });
    }
    return html
           + (drafts.isEmpty() ? ReportHtml::paragraph(tr("No drafts yet."))
                               : ReportHtml::table({ tr("Draft"), tr("Written"), tr("Words") }, drafts));
}

} // namespace careerplanner
