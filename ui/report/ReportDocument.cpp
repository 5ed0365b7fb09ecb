#include "ui/report/ReportDocument.h"
#include "ui/report/ReportHtml.h"
#include "ui/report/ApplicationReportSection.h"
#include "ui/report/PromotionCaseSection.h"
#include "ui/report/InterviewReportSection.h"
#include "ui/report/MarketReportSection.h"
#include "core/base/DateText.h"

#include "core/settings/AppSettings.h"
#include "ui/charts/BandChartBuilder.h"
#include "ui/charts/ChartExporter.h"
#include "core/dashboard/DashboardSummary.h"
#include "core/base/DisplayText.h"
#include "core/base/Money.h"
#include "core/path/PathPay.h"
#include "ui/path/PathTimelineChart.h"
#include "ui/pay/PayChart.h"
#include "core/pay/PayProjection.h"
#include "core/plan/PlanSession.h"
#include "core/skills/SkillReadiness.h"
#include "core/stories/StoryCoverage.h"

#include <QChart>
#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportDocument", text);
}

// Charts are laid out a little larger than the width they take on the page (so that level
// titles fit) and drawn at three device pixels a pixel, so that they print sharply.
const QSize ChartLayout(720, 430);
const QSize ChartOnPage(640, 382);
constexpr qreal ChartPixelRatio = 3.0;

// The images of the charts, added to the document once its text is set (setting the text
// clears a document's resources).
using Images = QList<QPair<QUrl, QImage>>;

QString chartImage(Images *images, const QString &name, QChart *owned)
{
    const std::unique_ptr<QChart> chart(owned);
    const QUrl url(QStringLiteral("chart://%1").arg(name));
    images->append({ url, ChartExporter::toImage(chart.get(), ChartLayout, ChartPixelRatio) });
    return QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
        .arg(url.toString())
        .arg(ChartOnPage.width())
        .arg(ChartOnPage.height());
}

QString profileSection(const PlanSession &session, const DashboardSummary &s)
{
    const Profile &p = session.pathStore().profile();
    QList<QStringList> rows {
        { tr("Name"), p.name },
        { tr("Level held now"), p.levelTitle.isEmpty() ? QString() : tr("%1 (%2)").arg(p.levelTitle, p.ladderName) },
        { tr("At this level since"), ReportHtml::dateText(p.levelStart) },
        { tr("Time at this level"), s.monthsAtLevel ? DashboardSummary::durationText(*s.monthsAtLevel) : QString() },
        { tr("Location"), p.location },
        { tr("Business unit"), p.businessUnit },
    };
    if (s.band)
        rows.append({ SalaryBand::kindToDisplayName(s.band->kind), s.band->toDisplayText() });
    if (s.pay)
        rows.append({ tr("Pay"), tr("%1 (%2)").arg(Money::format(*s.pay, s.payCurrency), s.payBasis) });
    if (!s.payConversion.isEmpty() || !s.currencyProblem.isEmpty())
        rows.append({ tr("Pay against the band"), s.payConversion.isEmpty() ? s.currencyProblem : s.payConversion });
    if (s.nextStep >= 0) {
        rows.append({ tr("Next promotion"), tr("%1 by %2").arg(s.nextLevel, ReportHtml::dateText(s.nextDate)) });
        rows.append({ tr("Readiness"), SkillReadiness::percent(s.readiness.combined) });
    }
    return ReportHtml::heading(ReportDocument::sectionTitles().at(0), false)
           + ReportHtml::table({ tr("What"), tr("Value") }, rows);
}

QString pathSection(const PlanSession &session, Images *images, const QDate &today)
{
    QString html = ReportHtml::heading(ReportDocument::sectionTitles().at(1), true);
    if (session.pathStore().scenarios().isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(ReportHtml::esc(tr("No path laid out yet.")));
    const Scenario &path = session.pathStore().scenarios().constFirst();
    const QList<PathPay::Expected> pay = PathPay::expected(
        path, session.ladderStore().ladders(), session.payStore().adjustment(), session.payStore().payPackages(),
        session.payStore().payHistory(), session.payStore().converter());
    QList<QStringList> rows;
    for (int i = 0; i < path.steps.size(); ++i) {
        const PathStep &step = path.steps.at(i);
        const TimeAtLevel &time = step.timeAtLevel;
        rows.append(
            { step.levelTitle, ReportHtml::dateText(step.targetDate),
              tr("%1–%2 months, likely %3").arg(time.minimumMonths).arg(time.maximumMonths).arg(time.likelyMonths),
              pay.at(i).annual <= 0            ? QStringLiteral("—")
              : pay.at(i).conversion.isEmpty() ? Money::format(pay.at(i).annual, pay.at(i).currency)
                                               : tr("≈ %1").arg(Money::format(pay.at(i).annual, pay.at(i).currency)),
              // As the path page shows it: for the promotions still to come only.
              PathStore::isStillToCome(path.steps, session.pathStore().profile(), i) ? SkillReadiness::percent(
                  SkillReadiness::forStep(step, session.skillStore().skillMatrix(), session.skillStore().skills(),
                                          session.skillStore().goals())
                      .combined)
                                                                                     : QString() });
    }
    html += ReportHtml::table(
        { tr("Level"), tr("Target date"), tr("Time at level"), tr("Expected pay a year"), tr("Readiness") }, rows);
    // What "≈" means, or why the figures are in two currencies.
    QStringList notes;
    for (const PathPay::Expected &expected : pay) {
        const QString note = tr("converted from %1 at %2").arg(expected.convertedFrom, expected.rate);
        if (!expected.rate.isEmpty() && !notes.contains(note))
            notes.append(note);
    }
    if (!notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(ReportHtml::esc(tr("≈: %1.").arg(notes.join(QStringLiteral("; ")))));
    const QString mixed = PathPay::mixedCurrencies(path, pay);
    if (!mixed.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(ReportHtml::esc(mixed));
    PathTimelineChart::Options options;
    options.scenarios.append(&path);
    options.promotions = session.pathStore().promotions();
    options.today = today;
    return html
           + chartImage(images, QStringLiteral("timeline"),
                        PathTimelineChart::build(options, session.ladderStore().ladders()).chart);
}

QString bandSection(const PlanSession &session, Images *images)
{
    QString html = ReportHtml::heading(ReportDocument::sectionTitles().at(2), true);
    // The user's own ladder, or the first one.
    const QList<CareerLadder> &ladders = session.ladderStore().ladders();
    const auto own = std::find_if(ladders.cbegin(), ladders.cend(), [&](const CareerLadder &l) {
        return l.name == session.pathStore().profile().ladderName;
    });
    const CareerLadder *ladder = own != ladders.cend() ? &*own : ladders.isEmpty() ? nullptr : &ladders.constFirst();
    if (!ladder)
        return html + QStringLiteral("<p>%1</p>").arg(ReportHtml::esc(tr("The plan has no ladders.")));
    QList<QStringList> rows;
    for (const CareerLevel &level : ladder->levels) {
        const auto base = level.band(SalaryBand::Kind::Base);
        const auto total = level.band(SalaryBand::Kind::TotalCompensation);
        rows.append({ level.title,
                      base ? session.payStore().adjustment().apply(*base).toDisplayText() : QStringLiteral("—"),
                      total ? session.payStore().adjustment().apply(*total).toDisplayText() : QStringLiteral("—") });
    }
    BandChartBuilder::Options options;
    options.ladders.append(ladder);
    options.adjustment = session.payStore().adjustment();
    html += QStringLiteral("<p>%1</p>").arg(ReportHtml::esc(ladder->name));
    html += chartImage(images, QStringLiteral("bands"), BandChartBuilder::build(options).chart);
    return html + ReportHtml::table({ tr("Level"), tr("Base salary"), tr("Total compensation") }, rows);
}

QString paySection(const PlanSession &session, Images *images)
{
    const int Years = AppSettings().projectionYears(); // as the Pay packages page shows them
    QString html = ReportHtml::heading(ReportDocument::sectionTitles().at(3), true);
    if (session.payStore().payPackages().isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(ReportHtml::esc(tr("No pay packages yet.")));
    // One chart in the display currency, or one per currency where there is no rate.
    const QList<QChart *> charts
        = PayChart::build(session.payStore().payPackages(), Years, session.payStore().converter());
    for (int i = 0; i < charts.size(); ++i)
        html += chartImage(images, QStringLiteral("pay%1").arg(i), charts.at(i));
    for (const PayPackage &package : session.payStore().payPackages()) {
        QList<QStringList> rows;
        const QList<PayProjection::Year> years = PayProjection::project(package, Years);
        const auto money = [&package](qint64 amount) { return Money::format(amount, package.currency); };
        for (int i = 0; i < years.size(); ++i) {
            const PayProjection::Year &y = years.at(i);
            rows.append({ QString::number(i + 1), money(y.base), money(y.signOn), money(y.stock + y.refreshers),
                          money(y.bonus), money(y.total()) });
        }
        const PayProjection::Year sum = PayProjection::totals(years);
        rows.append({ tr("Total"), money(sum.base), money(sum.signOn), money(sum.stock + sum.refreshers),
                      money(sum.bonus), money(sum.total()) });
        html += QStringLiteral("<h3>%1</h3>").arg(ReportHtml::esc(package.name));
        html += ReportHtml::table({ tr("Year"), tr("Base"), tr("Sign-on"), tr("Stock"), tr("Bonus"), tr("Total") },
                                  rows);
    }
    return html;
}

QString milestoneSection(const PlanSession &session)
{
    QString html = ReportHtml::heading(ReportDocument::sectionTitles().at(5), true);
    QList<QStringList> rows;
    if (!session.pathStore().scenarios().isEmpty()) {
        for (const PathStep &step : session.pathStore().scenarios().constFirst().steps) {
            for (const Milestone &m : step.milestones)
                rows.append({ step.levelTitle, m.title, ReportHtml::dateText(m.dueDate),
                              Milestone::statusToDisplayName(m.status), m.evidence });
        }
    }
    if (rows.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(ReportHtml::esc(tr("No milestones yet.")));
    return html + ReportHtml::table({ tr("For"), tr("Milestone"), tr("Due"), tr("Status"), tr("Evidence") }, rows);
}

QString goalSection(const PlanSession &session)
{
    QString html = ReportHtml::heading(ReportDocument::sectionTitles().at(6), true);
    QHash<QString, QString> names;
    for (const Skill &skill : session.skillStore().skills())
        names.insert(skill.key, skill.name);
    QList<QStringList> goals;
    for (const Goal &goal : session.skillStore().goals())
        goals.append({ names.value(goal.skillKey, goal.skillKey), QString::number(goal.target),
                       goal.current() ? QString::number(*goal.current()) : QStringLiteral("—"),
                       ReportHtml::dateText(goal.dueDate), Goal::statusToDisplayName(goal.status) });
    html += goals.isEmpty()
                ? QStringLiteral("<p>%1</p>").arg(ReportHtml::esc(tr("No goals yet.")))
                : ReportHtml::table({ tr("Skill"), tr("Target"), tr("Current"), tr("Due"), tr("Status") }, goals);
    QList<QStringList> coverage;
    for (const StoryCoverage::Row &row :
         StoryCoverage::leadershipPrinciples(session.skillStore().skills(), session.storyStore().stories(),
                                             FeedbackQuote::tagLists(session.conversationStore().feedback())))
        coverage.append({ row.name, QString::number(row.stories), QString::number(row.quotes),
                          row.thin() ? tr("needs more stories") : QString() });
    html += QStringLiteral("<h3>%1</h3>").arg(ReportHtml::esc(tr("Stories and feedback per Leadership Principle")));
    return html + ReportHtml::table({ tr("Leadership Principle"), tr("Stories"), tr("Feedback"), QString() }, coverage);
}

} // namespace

QStringList ReportDocument::sectionTitles()
{
    return { tr("Profile"),
             tr("Promotion path"),
             tr("Salary bands"),
             tr("Pay projection"),
             tr("Market pay"),
             tr("Milestones"),
             tr("Goals and story coverage"),
             tr("Interview readiness"),
             tr("Job applications"),
             tr("Promotion case") };
}

QTextDocument *ReportDocument::build(const PlanSession &session, const QDate &today)
{
    auto *document = new QTextDocument;
    const QString title = tr("Career plan: %1").arg(DisplayText::shortened(session.planName()));
    QString html = QStringLiteral("<h1>%1</h1><p>%2</p>")
                       .arg(ReportHtml::esc(title), ReportHtml::esc(tr("Report of %1").arg(DateText::longDate(today))));
    Images images;
    // Where the user stands, worked out once for the profile and the market section.
    const DashboardSummary summary = DashboardSummary::compute(session, today);
    html += profileSection(session, summary);
    html += pathSection(session, &images, today);
    html += bandSection(session, &images);
    html += paySection(session, &images);
    html += MarketReportSection::html(session, sectionTitles().at(4), summary);
    html += milestoneSection(session);
    html += goalSection(session);
    html += InterviewReportSection::html(session, sectionTitles().at(7), today);
    html += ApplicationReportSection::html(session, sectionTitles().at(8), QDateTime(today, QTime::currentTime()));
    html += PromotionCaseSection::html(session.promotionCaseStore().caseFor(), session.skillStore().skills(),
                                       sectionTitles().at(9), true);
    document->setHtml(html);
    // After the HTML, which would reset it: the PDF's title, what viewers and file
    // managers show for it.
    document->setMetaInformation(QTextDocument::DocumentTitle, title);
    for (const auto &[url, image] : std::as_const(images))
        document->addResource(QTextDocument::ImageResource, url, image);
    return document;
}

void ReportDocument::fitChartsTo(QTextDocument *document, const QPagedPaintDevice &device)
{
    // As QTextDocument::print() lays out a document without a page size: on the device's
    // pixels, with 2 cm margins, images scaled from screen pixels by the device's DPI.
    const int margin = static_cast<int>(2 / 2.54 * device.logicalDpiY());
    const QScreen *screen = QGuiApplication::primaryScreen();
    const qreal screenDpi = screen ? screen->logicalDotsPerInchY() : 96.0;
    const qreal available = (device.width() - 2 * margin) * screenDpi / device.logicalDpiY() - 2;
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            QTextImageFormat image = fragment.fragment().charFormat().toImageFormat();
            if (!image.isValid() || image.width() <= available)
                continue;
            image.setHeight(image.height() * available / image.width());
            image.setWidth(available);
            cursor.setPosition(fragment.fragment().position());
            cursor.setPosition(fragment.fragment().position() + fragment.fragment().length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

} // namespace careerplanner
