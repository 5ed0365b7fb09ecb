#include "ui/welcome/WelcomeStandPage.h"

#include "core/base/HappenedDate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace careerplanner {

WelcomeStandPage::WelcomeStandPage(const QList<CareerLadder> &ladders, const Profile &profile, QWidget *parent)
    : QWizardPage(parent)
    , m_ladders(ladders)
    , m_ladder(new QComboBox(this))
    , m_outside(new QCheckBox(tr("I am &not on this ladder yet (applying, or moving from another role)"), this))
    , m_level(new QComboBox(this))
    , m_since(new QDateEdit(this))
    , m_location(new QLineEdit(profile.location, this))
    , m_message(new QLabel(this))
{
    setTitle(tr("Where you stand"));
    setSubTitle(tr("A few answers put you on the ladder; you can change any of them later."));
    m_ladder->setObjectName(QStringLiteral("welcomeLadder"));
    m_outside->setObjectName(QStringLiteral("welcomeOutside"));
    m_level->setObjectName(QStringLiteral("welcomeLevel"));
    m_since->setObjectName(QStringLiteral("welcomeSince"));
    m_location->setObjectName(QStringLiteral("welcomeLocation"));
    m_message->setObjectName(QStringLiteral("welcomeStandMessage"));
    m_message->setWordWrap(true);
    for (int i = 0; i < ladders.size(); ++i)
        m_ladder->addItem(ladders.at(i).name, i);
    m_ladder->addItem(tr("My company's own ladder (make it first)"), -1);
    m_ladder->setCurrentIndex(std::max(0, m_ladder->findText(profile.ladderName)));

    // A month and a year is what people remember of when they reached a level.
    const QDate today = QDate::currentDate();
    m_since->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_since->setDate(profile.levelStart.isValid() ? profile.levelStart
                                                  : QDate(today.year(), today.month(), 1).addYears(-1));
    m_since->setCurrentSection(QDateTimeEdit::MonthSection);
    m_location->setPlaceholderText(tr("Optional, for example Seattle"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Ladder:"), m_ladder);
    form->addRow(QString(), m_outside);
    form->addRow(tr("Level you &hold now:"), m_level);
    form->addRow(tr("&Since:"), m_since);
    form->addRow(tr("L&ocation:"), m_location);
    form->addRow(m_message);

    fillLevels();
    m_level->setCurrentIndex(std::max(0, m_level->findText(profile.levelTitle)));
    connect(m_ladder, &QComboBox::currentIndexChanged, this, &WelcomeStandPage::fillLevels);
    connect(m_level, &QComboBox::currentIndexChanged, this, &WelcomeStandPage::check);
    connect(m_since, &QDateEdit::dateChanged, this, &WelcomeStandPage::check);
    connect(m_outside, &QCheckBox::toggled, this, &WelcomeStandPage::showWhetherOnLadder);
    showWhetherOnLadder();
}

void WelcomeStandPage::showWhetherOnLadder()
{
    auto *form = static_cast<QFormLayout *>(layout());
    const QDate month = QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    const QSignalBlocker blocker(m_since);
    if (onLadder()) {
        static_cast<QLabel *>(form->labelForField(m_level))->setText(tr("Level you &hold now:"));
        static_cast<QLabel *>(form->labelForField(m_since))->setText(tr("&Since:"));
        m_since->setDateRange(month.addYears(-60), month);
        if (m_since->date() > month)
            m_since->setDate(month.addYears(-1));
    } else {
        // A hire is planned from next month on; six months is a first guess to change.
        static_cast<QLabel *>(form->labelForField(m_level))->setText(tr("Level to be &hired at:"));
        static_cast<QLabel *>(form->labelForField(m_since))->setText(tr("Hired &by:"));
        m_since->setDateRange(month.addMonths(1), month.addYears(10));
        m_since->setDate(month.addMonths(6));
    }
    check();
}

bool WelcomeStandPage::onLadder() const
{
    return !m_outside->isChecked();
}

bool WelcomeStandPage::ownLadder() const
{
    return ladderIndex() < 0;
}

int WelcomeStandPage::ladderIndex() const
{
    return m_ladder->currentData().toInt();
}

int WelcomeStandPage::levelIndex() const
{
    return m_level->currentIndex();
}

QDate WelcomeStandPage::since() const
{
    const QDate date = m_since->date();
    return QDate(date.year(), date.month(), 1);
}

QString WelcomeStandPage::location() const
{
    return m_location->text().trimmed();
}

void WelcomeStandPage::fillLevels()
{
    m_level->clear();
    if (!ownLadder()) {
        for (const CareerLevel &level : m_ladders.at(ladderIndex()).levels)
            m_level->addItem(level.title);
    }
    m_level->setEnabled(!ownLadder());
    m_since->setEnabled(!ownLadder());
    m_outside->setEnabled(!ownLadder());
    setFinalPage(ownLadder()); // also tells the wizard to show Finish in place of Next
    check();
}

void WelcomeStandPage::check()
{
    if (ownLadder())
        m_message->setText(tr("Finish makes your company's ladder first; then File ▸ Set Up My Plan puts you on it."));
    else if (levelIndex() < 0)
        m_message->setText(tr("This ladder has no levels yet: choose another, or add its levels first."));
    else if (onLadder())
        m_message->setText(HappenedDate::problem(HappenedDate::Kind::LevelStart, since(), QDate::currentDate()));
    else
        m_message->setText(tr("Your path starts with getting hired: the hiring process's stages become its first "
                              "milestones."));
    Q_EMIT completeChanged();
}

bool WelcomeStandPage::isComplete() const
{
    const QDate today = QDate::currentDate();
    const bool dateFits = onLadder() ? HappenedDate::problem(HappenedDate::Kind::LevelStart, since(), today).isEmpty()
                                     : since() > today;
    return ownLadder() || (levelIndex() >= 0 && dateFits);
}

int WelcomeStandPage::nextId() const
{
    return ownLadder() ? -1 : QWizardPage::nextId();
}

} // namespace careerplanner
