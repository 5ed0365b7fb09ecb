#include "ui/path/PathStepModel.h"

#include "ui/widgets/Appearance.h"
#include "core/base/Money.h"
#include "core/path/PathPay.h"
#include "core/plan/PlanSession.h"

#include <QColor>
#include <QLocale>

namespace careerplanner {

PathStepModel::PathStepModel(PlanSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&session->pathStore(), &PathStore::scenariosChanged, this, &PathStepModel::reset);
    connect(&session->pathStore(), &PathStore::profileChanged, this, &PathStepModel::reset); // the level held now
    connect(&session->payStore(), &PayStore::payPackagesChanged, this, &PathStepModel::reset);
    connect(&session->payStore(), &PayStore::payHistoryChanged, this, &PathStepModel::reset);
    connect(&session->payStore(), &PayStore::adjustmentChanged, this, &PathStepModel::reset);
    connect(&session->payStore(), &PayStore::currenciesChanged, this, &PathStepModel::reset);
    // Readiness weighs skills too: a check-in or a changed expectation moves it.
    for (auto signal : { &SkillStore::goalsChanged, &SkillStore::skillMatrixChanged }) {
        connect(&session->skillStore(), signal, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, ReadinessColumn), index(rowCount() - 1, ReadinessColumn));
        });
    }
    connect(&session->pathStore(), &PathStore::milestoneChanged, this, [this](int scenario, int step) {
        if (scenario == m_scenario)
            Q_EMIT dataChanged(index(step, ReadinessColumn), index(step, OverdueColumn));
    });
}

void PathStepModel::reset()
{
    beginResetModel();
    if (m_scenario >= m_session->pathStore().scenarios().size())
        m_scenario = m_session->pathStore().scenarios().isEmpty() ? -1 : 0;
    endResetModel();
}

void PathStepModel::setScenario(int index)
{
    beginResetModel();
    m_scenario = index;
    endResetModel();
}

void PathStepModel::setToday(const QDate &today)
{
    beginResetModel();
    m_today = today;
    endResetModel();
}

int PathStepModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_scenario < 0 || m_scenario >= m_session->pathStore().scenarios().size())
        return 0;
    return static_cast<int>(m_session->pathStore().scenarios().at(m_scenario).steps.size());
}

int PathStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PathStepModel::timeText(int minimumMonths, int likelyMonths, int maximumMonths)
{
    const QLocale locale;
    const auto years = [&locale](int months) { return locale.toString(months / 12.0, 'g', 3); };
    if (minimumMonths == maximumMonths)
        return tr("%1 yrs").arg(years(likelyMonths));
    return tr("%1 / %2 / %3 yrs").arg(years(minimumMonths), years(likelyMonths), years(maximumMonths));
}

bool PathStepModel::stillToCome(int row) const
{
    const PathStore &path = m_session->pathStore();
    return PathStore::isStillToCome(path.scenarios().at(m_scenario).steps, path.profile(), row);
}

SkillReadiness::Result PathStepModel::readiness(const PathStep &step) const
{
    return SkillReadiness::forStep(step, m_session->skillStore().skillMatrix(), m_session->skillStore().skills(),
                                   m_session->skillStore().goals());
}

QVariant PathStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Scenario &scenario = m_session->pathStore().scenarios().at(m_scenario);
    const PathStep &step = scenario.steps.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(column == LevelColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                         : Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == OverdueColumn && step.overdueCount(m_today) > 0)
        return Appearance::errorColor();
    if (role == Qt::ToolTipRole && column == PayColumn) {
        const auto pay = PathPay::expected(scenario, m_session->ladderStore().ladders(),
                                           m_session->payStore().adjustment(), m_session->payStore().payPackages(),
                                           m_session->payStore().payHistory(), m_session->payStore().converter());
        const PathPay::Expected &expected = pay.at(index.row());
        return expected.conversion.isEmpty() ? tr("Based on %1").arg(expected.basis)
                                             : tr("Based on %1, %2").arg(expected.basis, expected.conversion);
    }
    if (role == Qt::ToolTipRole && column == ReadinessColumn && stillToCome(index.row())) {
        const SkillReadiness::Result result = readiness(step);
        return tr("Milestones %1, skills %2.\n%3")
            .arg(SkillReadiness::percent(result.milestones), SkillReadiness::percent(result.skills),
                 SkillReadiness::formula());
    }
    if (role == Qt::ToolTipRole && column == TimeColumn)
        return tr("Fewest / most likely / most years at this level");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case LevelColumn: {
        QString text = step.levelTitle;
        if (step.branch == QLatin1String("management"))
            text += tr(" — management branch");
        else if (step.branch == QLatin1String("individual-contributor"))
            text += tr(" — individual-contributor branch");
        // The level held now; a path that does not pass through it starts where the user is.
        const int held = PathStore::heldStepIndex(scenario.steps, m_session->pathStore().profile());
        return index.row() == std::max(held, 0) ? tr("%1 (now)").arg(text) : text;
    }
    case DateColumn:
        return QLocale().toString(step.targetDate, QLocale::ShortFormat);
    case TimeColumn:
        return timeText(step.timeAtLevel.minimumMonths, step.timeAtLevel.likelyMonths, step.timeAtLevel.maximumMonths);
    case PayColumn: {
        const auto pay = PathPay::expected(scenario, m_session->ladderStore().ladders(),
                                           m_session->payStore().adjustment(), m_session->payStore().payPackages(),
                                           m_session->payStore().payHistory(), m_session->payStore().converter());
        const PathPay::Expected &expected = pay.at(index.row());
        if (expected.annual <= 0)
            return QStringLiteral("—");
        // A converted figure is marked as one; the tool tip gives the rate.
        return expected.conversion.isEmpty() ? Money::format(expected.annual, expected.currency)
                                             : tr("≈ %1").arg(Money::format(expected.annual, expected.currency));
    }
    case ReadinessColumn: {
        if (!stillToCome(index.row()))
            return QString();
        return SkillReadiness::percent(readiness(step).combined);
    }
    case OverdueColumn: {
        const int overdue = stillToCome(index.row()) ? step.overdueCount(m_today) : 0;
        return overdue > 0 ? tr("%1 overdue").arg(overdue) : QString();
    }
    default:
        return {};
    }
}

QVariant PathStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LevelColumn:
        return tr("Level");
    case DateColumn:
        return tr("Reached");
    case TimeColumn:
        return tr("Time at level");
    case PayColumn:
        return tr("Expected pay / yr");
    case ReadinessColumn:
        return tr("Readiness");
    case OverdueColumn:
        return tr("Milestones");
    default:
        return {};
    }
}

} // namespace careerplanner
