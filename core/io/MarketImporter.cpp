#include "core/io/MarketImporter.h"

#include "core/base/BoundedFile.h"
#include "core/market/MarketRepository.h"
#include "core/plan/PlanSession.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MarketImporter", text);
}

} // namespace

MarketImporter::Preview MarketImporter::read(const QString &path, const QDate &today,
                                             const MarketCsv::Progress &progress)
{
    Preview preview;
    preview.fileName = QFileInfo(path).fileName().left(255);
    QByteArray bytes;
    if (!BoundedFile::read(path, BoundedFile::MarketCsvLimit, &bytes, &preview.error))
        return preview;
    preview.read = MarketCsv::read(QString::fromUtf8(bytes), preview.fileName, today, progress);
    preview.cancelled = preview.read.cancelled;
    preview.error = preview.read.error;
    return preview;
}

void MarketImporter::findNew(PlanSession &session, Preview &preview)
{
    if (preview.error.isEmpty() && !preview.cancelled)
        MarketRepository(session.database()).newReports(preview.read.reports, &preview.fresh, &preview.error);
}

MarketImporter::Preview MarketImporter::preview(PlanSession &session, const QString &path, const QDate &today,
                                                const MarketCsv::Progress &progress)
{
    Preview preview = read(path, today, progress);
    findNew(session, preview);
    return preview;
}

bool MarketImporter::apply(PlanSession &session, const Preview &preview, int *added, QString *error)
{
    *added = 0;
    if (!preview.canAdd()) {
        *error = preview.error.isEmpty() ? tr("Nothing to add: the plan holds every report of this file already.")
                                         : preview.error;
        return false;
    }
    MarketImport import;
    import.sourceFile = preview.fileName;
    import.importedOn = preview.read.reports.constFirst().importedOn;
    import.shape = preview.read.shape;
    import.rowsRead = preview.read.rowsRead;
    const bool applied = session.applyBatch(
        preview.fresh.size() == 1 ? tr("Import 1 market report")
                                  : tr("Import %L1 market reports").arg(preview.fresh.size()),
        [&](PlanDatabase &plan, QString *e) { return MarketRepository(plan).add(import, preview.read.reports, e); },
        error);
    *added = applied ? import.reports : 0;
    return applied;
}

QString MarketImporter::summary(const Preview &preview)
{
    if (!preview.error.isEmpty())
        return preview.error;
    if (preview.cancelled)
        return tr("Cancelled: nothing was read.");
    const int held = int(preview.read.reports.size() - preview.fresh.size());
    // Spelled out rather than "%n row(s)": no translation with plural forms is loaded.
    QString text = preview.read.rowsRead == 1 ? tr("Read 1 row: ") : tr("Read %L1 rows: ").arg(preview.read.rowsRead);
    text += tr("%L1 to add").arg(preview.fresh.size());
    if (held > 0)
        text += tr(", %L1 already in the plan").arg(held);
    if (!preview.read.skipped.isEmpty())
        text += tr(", %L1 skipped").arg(preview.read.skipped.size());
    return text + QLatin1Char('.');
}

} // namespace careerplanner
