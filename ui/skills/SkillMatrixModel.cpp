#include "ui/skills/SkillMatrixModel.h"

#include "core/plan/PlanSession.h"

#include <QColor>

namespace careerplanner {

SkillMatrixModel::SkillMatrixModel(PlanSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    for (int i = 0; i < session->skillStore().skills().size(); ++i) {
        if (session->skillStore().skills().at(i).kind == Skill::Kind::Skill)
            m_skillRows.append(i);
    }
    // The columns are the chosen ladder's levels: any change to them starts the model over.
    const auto begin = [this](int ladderIndex) {
        if (ladderIndex == m_ladder)
            beginResetModel();
    };
    const auto end = [this](int ladderIndex) {
        if (ladderIndex == m_ladder)
            endResetModel();
    };
    connect(&session->ladderStore(), &LadderStore::levelsAboutToBeInserted, this, begin);
    connect(&session->ladderStore(), &LadderStore::levelsInserted, this, end);
    connect(&session->ladderStore(), &LadderStore::levelsAboutToBeRemoved, this, begin);
    connect(&session->ladderStore(), &LadderStore::levelsRemoved, this, end);
    connect(&session->ladderStore(), &LadderStore::laddersAboutToBeRemoved, this, [this] { beginResetModel(); });
    connect(session, &PlanSession::planAboutToBeReloaded, this, [this] { beginResetModel(); });
    connect(session, &PlanSession::planReloaded, this, [this] {
        if (m_ladder >= m_session->ladderStore().ladders().size())
            m_ladder = -1;
        endResetModel();
    });
    connect(&session->ladderStore(), &LadderStore::laddersRemoved, this, [this] {
        m_ladder = -1; // the page chooses a ladder again
        endResetModel();
    });
    connect(&session->ladderStore(), &LadderStore::levelChanged, this, [this](int ladderIndex) {
        if (ladderIndex == m_ladder && columnCount() > 0)
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    });
    connect(&session->skillStore(), &SkillStore::skillMatrixChanged, this, [this] {
        if (rowCount() > 0 && columnCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
}

void SkillMatrixModel::setLadder(int ladderIndex)
{
    beginResetModel();
    m_ladder = ladderIndex;
    endResetModel();
}

int SkillMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_skillRows.size());
}

int SkillMatrixModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_ladder < 0 || m_ladder >= m_session->ladderStore().ladders().size())
        return 0;
    return static_cast<int>(m_session->ladderStore().ladders().at(m_ladder).levels.size());
}

QVariant SkillMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CareerLadder &ladder = m_session->ladderStore().ladders().at(m_ladder);
    const Skill &skill = m_session->skillStore().skills().at(m_skillRows.at(index.row()));
    const int value = m_session->skillStore()
                          .skillMatrix()
                          .value(ladder.name)
                          .value(ladder.levels.at(index.column()).title)
                          .value(skill.key);
    switch (role) {
    case Qt::DisplayRole:
        return value > 0 ? QVariant(value) : QVariant(QStringLiteral("—"));
    case Qt::EditRole:
        return value > 0 ? value : 3;
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    case Qt::BackgroundRole:
        // Deeper blue for more expected: the matrix reads as a heat map.
        return value > 0 ? QColor::fromHsv(215, 25 + value * 30, 255) : QVariant();
    case Qt::ForegroundRole:
        return value > 0 ? QColor(Qt::black) : QVariant();
    case Qt::ToolTipRole:
        return tr("1 aware · 2 practising · 3 independent · 4 leads others · 5 sets the standard");
    default:
        return {};
    }
}

bool SkillMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const CareerLadder &ladder = m_session->ladderStore().ladders().at(m_ladder);
    QString error;
    if (!m_session->skillStore().setExpectation(ladder.name, ladder.levels.at(index.column()).title,
                                                m_session->skillStore().skills().at(m_skillRows.at(index.row())).key,
                                                value.toInt(), &error)) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

Qt::ItemFlags SkillMatrixModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable : Qt::NoItemFlags;
}

namespace {

// Level titles run long ("Vice President of Program Management"): two lines, broken at
// the space nearest the middle, keep seven levels readable side by side.
QString twoLines(const QString &title)
{
    int best = -1;
    for (int i = 0; i < title.size(); ++i) {
        if (title.at(i) == QLatin1Char(' ') && (best < 0 || qAbs(i - title.size() / 2) < qAbs(best - title.size() / 2)))
            best = i;
    }
    if (best < 0)
        return title;
    QString wrapped = title;
    wrapped[best] = QLatin1Char('\n');
    return wrapped;
}

} // namespace

QVariant SkillMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (section >= m_skillRows.size())
            return {};
        const Skill &skill = m_session->skillStore().skills().at(m_skillRows.at(section));
        return role == Qt::DisplayRole ? skill.name : skill.description;
    }
    if (m_ladder < 0 || m_ladder >= m_session->ladderStore().ladders().size())
        return {};
    const QString title = m_session->ladderStore().ladders().at(m_ladder).levels.at(section).title;
    return role == Qt::DisplayRole ? twoLines(title) : title;
}

} // namespace careerplanner
