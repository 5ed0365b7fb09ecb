#include "ui/report/MarketReportSection.h"

#include "core/base/Money.h"
#include "core/dashboard/DashboardSummary.h"
#include "core/market/MarketStanding.h"
#include "core/plan/PlanSession.h"
#include "ui/report/ReportHtml.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MarketReportSection", text);
}

// The ladder whose reports the section shows: the user's own if it has any.
int shownLadder(const PlanSession &session, const QList<int> &reports)
{
    const QList<CareerLadder> &ladders = session.ladderStore().ladders();
    const QString own = session.pathStore().profile().ladderName;
    for (int i = 0; i < ladders.size() && i < reports.size(); ++i) {
        if (ladders.at(i).name == own && reports.at(i) > 0)
            return i;
    }
    const auto most = std::max_element(reports.cbegin(), reports.cend());
    return most == reports.cend() || *most == 0 ? -1 : int(most - reports.cbegin());
}

// A level's row: its reports, then P10 … P90 of one kind of pay, in whole units (a
// percentile's cents say nothing).
QStringList figures(const QString &level, const Percentiles::Summary &summary, const QString &currency)
{
    QStringList cells { level, QLocale().toString(summary.count) };
    if (!summary.enough())
        return cells << (summary.count == 0 ? QStringLiteral("—") : tr("too few reports"));
    const QLocale locale = Money::displayLocale();
    for (const std::optional<qint64> &amount : { summary.p10, summary.p25, summary.p50, summary.p75, summary.p90 })
        cells << (amount ? Money::format(Money::roundToMajor(*amount, currency), currency, locale)
                         : QStringLiteral("—"));
    return cells;
}

} // namespace

QString MarketReportSection::html(const PlanSession &session, const QString &title, const DashboardSummary &summary)
{
    QString html = ReportHtml::heading(title, true);
    const MarketStore &market = session.marketStore();
    if (!market.hasReports())
        return html + ReportHtml::paragraph(tr("No market reports yet: File ▸ Import Market Pay Data adds them."));
    QList<QStringList> files;
    for (const MarketImport &import : market.imports())
        files.append(
            { import.sourceFile, ReportHtml::dateText(import.importedOn), QLocale().toString(import.reports) });
    html += ReportHtml::table({ tr("Reports from"), tr("Imported"), tr("Reports") }, files);

    const int ladder = shownLadder(session, market.reportsPerLadder());
    if (ladder < 0)
        return html + ReportHtml::paragraph(tr("None of the reports is matched to a ladder's level."));
    const CareerLadder &career = session.ladderStore().ladders().at(ladder);
    MarketFilter filter;
    filter.ladder = ladder;
    const CurrencyConverter converter = session.payStore().converter();
    const MarketDistribution distribution = market.distribution(filter, converter);
    const QString currency = converter.displayCurrency();
    html += QStringLiteral("<h3>%1</h3>").arg(ReportHtml::esc(tr("%1, every company").arg(career.name)));
    for (const bool total : { false, true }) {
        QList<QStringList> rows;
        for (const MarketDistribution::Row &row : distribution.levels)
            rows.append(
                figures(career.levels.at(row.level).title, total ? row.totalSummary : row.baseSummary, currency));
        rows.append(
            figures(tr("All levels"), total ? distribution.all.totalSummary : distribution.all.baseSummary, currency));
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(ReportHtml::esc(SalaryBand::kindToDisplayName(total ? SalaryBand::Kind::TotalCompensation
                                                                             : SalaryBand::Kind::Base)));
        html += ReportHtml::table(
            { tr("Level"), tr("Reports"), tr("P10"), tr("P25"), tr("Median"), tr("P75"), tr("P90") }, rows, 30);
    }

    // Where the user's pay stands, as the dashboard says it.
    if (summary.pay && summary.ladderName == career.name) {
        const std::optional<MarketStanding> standing
            = MarketStanding::of(market, summary.ladderName, summary.levelTitle, *summary.pay, summary.payCurrency,
                                 !summary.band || summary.band->kind == SalaryBand::Kind::TotalCompensation, converter);
        if (standing)
            html += ReportHtml::paragraph(standing->text(summary.levelTitle));
    }
    return html
           + ReportHtml::paragraph(
               tr("Percentiles as spreadsheets' PERCENTILE.INC (linear between the two closest ranks); a level "
                  "with fewer than %1 reports shows too few reports. Amounts in %2; reports in another currency "
                  "count only through your exchange rates.")
                   .arg(Percentiles::FewestReports)
                   .arg(currency));
}

} // namespace careerplanner
