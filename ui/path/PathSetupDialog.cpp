#include "ui/path/PathSetupDialog.h"

#include "core/base/HappenedDate.h"
#include "core/path/PathPlanner.h"
#include "core/plan/PlanSession.h"
#include "ui/widgets/BranchComboBox.h"
#include "ui/widgets/DateField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>

namespace careerplanner {

PathSetupDialog::PathSetupDialog(const Profile &profile, const QList<CareerLadder> &ladders, QWidget *parent)
    : CheckedDialog(parent)
    , m_ladders(ladders)
    , m_name(new QLineEdit(profile.name, this))
    , m_ladder(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_start(new DateField(this))
    , m_experience(new QSpinBox(this))
    , m_location(new QLineEdit(profile.location, this))
    , m_businessUnit(new QLineEdit(profile.businessUnit, this))
    , m_target(new QComboBox(this))
    , m_branch(new BranchComboBox(this))
{
    setWindowTitle(tr("Lay Out My Path"));
    m_ladder->setObjectName(QStringLiteral("setupLadder"));
    m_level->setObjectName(QStringLiteral("setupLevel"));
    m_start->setObjectName(QStringLiteral("setupStart"));
    m_target->setObjectName(QStringLiteral("setupTarget"));
    m_branch->setObjectName(QStringLiteral("setupBranch"));
    for (const CareerLadder &ladder : ladders)
        m_ladder->addItem(ladder.name);
    m_ladder->setCurrentIndex(std::max(0, m_ladder->findText(profile.ladderName)));
    m_start->setDate(profile.levelStart.isValid() ? profile.levelStart : QDate::currentDate());
    m_experience->setRange(0, 60);
    m_experience->setSuffix(tr(" years"));
    m_experience->setValue(profile.experienceYears.value_or(0));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Ladder:"), m_ladder);
    form->addRow(tr("Level you &hold now:"), m_level);
    form->addRow(tr("&Since:"), m_start);
    form->addRow(tr("&Experience:"), m_experience);
    form->addRow(tr("L&ocation:"), m_location);
    form->addRow(tr("&Business unit:"), m_businessUnit);
    form->addRow(tr("&Target level:"), m_target);
    form->addRow(tr("B&ranch where the ladder splits:"), m_branch);
    form->addRow(messageLabel());
    form->addRow(buttons());

    fillLevels();
    m_level->setCurrentIndex(std::max(0, m_level->findText(profile.levelTitle)));
    connect(m_ladder, &QComboBox::currentIndexChanged, this, &PathSetupDialog::fillLevels);
    connect(m_level, &QComboBox::currentIndexChanged, this, &PathSetupDialog::validate);
    connect(m_target, &QComboBox::currentIndexChanged, this, &PathSetupDialog::validate);
    connect(m_start, &QDateEdit::dateChanged, this, &PathSetupDialog::validate);
    connect(m_branch, &QComboBox::currentIndexChanged, this, &PathSetupDialog::validate);
    validate();
}

bool PathSetupDialog::layOut(PlanSession *session, QWidget *parent)
{
    PathStore &store = session->pathStore();
    PathSetupDialog dialog(store.profile(), session->ladderStore().ladders(), parent);
    return dialog.execAndSave([&](QString *error) {
        const bool replacing = !store.scenarios().isEmpty();
        if (replacing
            && QMessageBox::question(&dialog, tr("Lay Out Path"),
                                     tr("Replace the plan's path and its milestones with a new one? Your what-if "
                                        "scenarios stay as they are."))
                   != QMessageBox::Yes)
            return false;
        const Profile profile = dialog.profile();
        const CareerLadder &ladder = session->ladderStore().ladders().at(dialog.ladderIndex());
        const Scenario path = PathPlanner::buildPath(ladder, dialog.currentLevel(), profile.levelStart,
                                                     dialog.targetLevel(), dialog.branch(), QDate::currentDate());
        return store.setProfile(profile, error)
               && (replacing ? store.replaceScenario(0, path, error) : store.addScenario(path, error));
    });
}

void PathSetupDialog::fillLevels()
{
    m_level->clear();
    m_target->clear();
    const int ladder = m_ladder->currentIndex();
    if (ladder < 0)
        return;
    for (const CareerLevel &level : m_ladders.at(ladder).levels) {
        m_level->addItem(level.title);
        m_target->addItem(level.title);
    }
    m_target->setCurrentIndex(PathPlanner::defaultTarget(m_ladders.at(ladder)));
    validate();
}

void PathSetupDialog::validate()
{
    if (m_ladder->currentIndex() >= 0 && currentLevel() >= 0)
        m_branch->showBranchesOn(m_ladders.at(m_ladder->currentIndex()), currentLevel(), targetLevel());
    else
        m_branch->clearBranches();
    QString problem;
    if (m_ladder->currentIndex() < 0 || currentLevel() < 0)
        problem = tr("Choose a ladder and the level you hold now.");
    else if (targetLevel() <= currentLevel())
        problem = tr("Choose a target above the level you hold now.");
    else
        problem = HappenedDate::problem(HappenedDate::Kind::LevelStart, m_start->date(), QDate::currentDate());
    QString note = m_branch->noteFor(m_target->currentText());
    if (note.isEmpty())
        note = tr("The path gets each level's typical time from the career guides and milestones from what "
                  "each level says it takes to advance; change them afterwards as you like.");
    showCheck(problem, note);
}

Profile PathSetupDialog::profile() const
{
    Profile profile;
    profile.name = m_name->text().trimmed();
    profile.ladderName = m_ladder->currentText();
    profile.levelTitle = m_level->currentText();
    profile.levelStart = m_start->date();
    profile.experienceYears = m_experience->value();
    profile.location = m_location->text().trimmed();
    profile.businessUnit = m_businessUnit->text().trimmed();
    return profile;
}

int PathSetupDialog::ladderIndex() const
{
    return m_ladder->currentIndex();
}

int PathSetupDialog::currentLevel() const
{
    return m_level->currentIndex();
}

int PathSetupDialog::targetLevel() const
{
    return m_target->currentIndex();
}

QString PathSetupDialog::branch() const
{
    return m_branch->branch();
}

} // namespace careerplanner
