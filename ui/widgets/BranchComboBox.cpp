#include "ui/widgets/BranchComboBox.h"

#include <QSignalBlocker>

namespace careerplanner {

BranchComboBox::BranchComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setEnabled(false);
}

void BranchComboBox::showBranchesOn(const CareerLadder &ladder, int from, int to)
{
    const QSignalBlocker blocker(this);
    const QString chosen = branch();
    clear();
    m_split = nullptr;
    for (int i = std::max(0, from); i <= to && i < ladder.levels.size(); ++i) {
        if (!ladder.levels.at(i).branches.isEmpty()) {
            m_splitCopy = ladder.levels.at(i);
            m_split = &m_splitCopy;
            break;
        }
    }
    // The branches are the ladder's own (a company ladder may name them otherwise).
    for (const LevelBranch &branch : m_split ? m_split->branches : QList<LevelBranch>()) {
        const QString path
            = branch.path == QLatin1String("management") ? tr("Management") : tr("Individual contributor");
        addItem(tr("%1: %2").arg(path, branch.title), branch.path);
    }
    setCurrentIndex(std::max(0, findData(chosen)));
    setEnabled(count() > 0);
}

QString BranchComboBox::noteFor(const QString &targetTitle) const
{
    if (!m_split || branch() != QLatin1String("individual-contributor") || m_split->title == targetTitle)
        return QString();
    return tr("Many people on the individual-contributor branch stay at %1: choose it as the target level to "
              "stop there.")
        .arg(m_split->title);
}

void BranchComboBox::clearBranches()
{
    const QSignalBlocker blocker(this);
    clear();
    m_split = nullptr;
    setEnabled(false);
}

} // namespace careerplanner
