#include "ui/ladders/LevelTableModel.h"

#include "core/base/Money.h"
#include "core/plan/PlanSession.h"

namespace careerplanner {

namespace {

QString sourceText(const SourceRef &source)
{
    if (source.file.isEmpty())
        return source.section;
    return QStringLiteral("%1 — %2").arg(source.file, source.section);
}

} // namespace

LevelTableModel::LevelTableModel(PlanSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&session->ladderStore(), &LadderStore::levelsAboutToBeInserted, this, [this](int ladder, int row) {
        if (ladder == m_ladderIndex)
            beginInsertRows({}, row, row);
    });
    connect(&session->ladderStore(), &LadderStore::levelsInserted, this, [this](int ladder) {
        if (ladder == m_ladderIndex)
            endInsertRows();
    });
    connect(&session->ladderStore(), &LadderStore::levelsAboutToBeRemoved, this, [this](int ladder, int row) {
        if (ladder == m_ladderIndex)
            beginRemoveRows({}, row, row);
    });
    connect(&session->ladderStore(), &LadderStore::levelsRemoved, this, [this](int ladder) {
        if (ladder == m_ladderIndex)
            endRemoveRows();
    });
    connect(&session->ladderStore(), &LadderStore::levelChanged, this, [this](int ladder, int row) {
        if (ladder == m_ladderIndex)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(session, &PlanSession::planAboutToBeReloaded, this, &LevelTableModel::beginResetModel);
    connect(session, &PlanSession::planReloaded, this, [this] {
        if (m_ladderIndex >= m_session->ladderStore().ladders().size())
            m_ladderIndex = -1;
        endResetModel();
    });
    // The ladder shown may move or go away when ladders are removed.
    connect(&session->ladderStore(), &LadderStore::laddersAboutToBeRemoved, this, [this](int ladder) {
        if (ladder <= m_ladderIndex)
            beginResetModel();
    });
    connect(&session->ladderStore(), &LadderStore::laddersRemoved, this, [this](int ladder) {
        if (ladder > m_ladderIndex)
            return;
        m_ladderIndex = ladder == m_ladderIndex ? -1 : m_ladderIndex - 1;
        endResetModel();
    });
}

void LevelTableModel::setLadderIndex(int ladderIndex)
{
    beginResetModel();
    m_ladderIndex = ladderIndex;
    endResetModel();
}

void LevelTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, BaseBandColumn), index(rowCount() - 1, TotalBandColumn));
}

const CareerLevel &LevelTableModel::levelAt(int row) const
{
    return m_session->ladderStore().ladders().at(m_ladderIndex).levels.at(row);
}

int LevelTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_ladderIndex < 0 || m_ladderIndex >= m_session->ladderStore().ladders().size())
        return 0;
    return static_cast<int>(m_session->ladderStore().ladders().at(m_ladderIndex).levels.size());
}

int LevelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LevelTableModel::displayText(const CareerLevel &level, int column) const
{
    switch (column) {
    case TitleColumn:
        return level.lessCommon ? tr("%1 (less common)").arg(level.title) : level.title;
    case LevelCodeColumn:
        return level.levelCode;
    case YearsColumn:
        if (!level.yearsAtLevel.isEmpty())
            return tr("%1 at level").arg(level.yearsAtLevel.toDisplayString());
        if (!level.experienceYears.isEmpty())
            return tr("%1 experience").arg(level.experienceYears.toDisplayString());
        return QString();
    case BaseBandColumn:
    case TotalBandColumn: {
        const auto band
            = level.band(column == BaseBandColumn ? SalaryBand::Kind::Base : SalaryBand::Kind::TotalCompensation);
        return band ? band->toDisplayText(m_locale) : QStringLiteral("—");
    }
    default:
        return {};
    }
}

QVariant LevelTableModel::toolTip(const CareerLevel &level, int column) const
{
    if (column == BaseBandColumn || column == TotalBandColumn) {
        const auto band
            = level.band(column == BaseBandColumn ? SalaryBand::Kind::Base : SalaryBand::Kind::TotalCompensation);
        if (!band)
            return tr("No figure in the sources. Edit the level to add your own.");
        QString tip = tr("Source: %1").arg(sourceText(band->source));
        if (band->openEnded)
            tip += QLatin1Char('\n') + tr("Open-ended: pay can go above the top figure.");
        return tip;
    }
    if (column == TitleColumn && !level.alternativeTitles.isEmpty())
        return tr("Also called: %1").arg(level.alternativeTitles.join(QStringLiteral(", ")));
    return {};
}

QVariant LevelTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CareerLevel &level = levelAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(level, index.column());
    case Qt::ToolTipRole:
        return toolTip(level, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == BaseBandColumn || index.column() == TotalBandColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant LevelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Rows are numbered in the vertical header: the ladder order, 1 = lowest level.
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Level");
    case LevelCodeColumn:
        return tr("Code");
    case YearsColumn:
        return tr("Typical years");
    case BaseBandColumn:
        return tr("Base salary");
    case TotalBandColumn:
        return tr("Total compensation");
    default:
        return {};
    }
}

} // namespace careerplanner
