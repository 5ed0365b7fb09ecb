#include "ui/widgets/ElidedTextToolTips.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFont>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QStyle>
#include <QToolTip>

namespace careerplanner {

void ElidedTextToolTips::install()
{
    static ElidedTextToolTips *filter = nullptr;
    if (filter || !qApp)
        return;
    filter = new ElidedTextToolTips(qApp);
    qApp->installEventFilter(filter);
}

namespace {

// Whether the text is wider than the cell leaves it (its margins and any icon or check box
// taken off), or runs over more lines than the cell shows.
bool isCut(const QAbstractItemView *view, const QModelIndex &index, const QString &text)
{
    const QRect cell = view->visualRect(index);
    const QVariant fontData = index.data(Qt::FontRole);
    const QFontMetrics metrics(fontData.isValid() ? fontData.value<QFont>() : view->font());
    int room = cell.width() - 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    if (index.data(Qt::CheckStateRole).isValid() || index.data(Qt::DecorationRole).isValid())
        room -= view->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, view) + 4;
    const QStringList lines = text.split(QLatin1Char('\n'));
    int widest = 0;
    for (const QString &line : lines)
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest > room || lines.size() * metrics.lineSpacing() > cell.height();
}

} // namespace

bool ElidedTextToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
        return false;
    auto *viewport = static_cast<QWidget *>(watched);
    auto *view = qobject_cast<QAbstractItemView *>(viewport->parentWidget());
    if (!view || view->viewport() != viewport)
        return false;
    const auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = view->indexAt(help->pos());
    if (!index.isValid() || index.data(Qt::ToolTipRole).isValid())
        return false; // the view shows the model's own tool tip, or none
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty() || !isCut(view, index, text)) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(help->globalPos(), text, viewport, view->visualRect(index));
    return true;
}

} // namespace careerplanner
