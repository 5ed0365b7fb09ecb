#include "ui/stories/StoryDialog.h"

#include "core/base/HappenedDate.h"
#include "core/stories/StoryRepository.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/TagLists.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace careerplanner {

StoryDialog::StoryDialog(const Story &story, const QList<Skill> &skills, const QDate &ladderStart, QWidget *parent)
    : CheckedDialog(parent)
    , m_result(story)
    , m_skills(skills)
    , m_ladderStart(ladderStart)
    , m_title(new QLineEdit(story.title, this))
    , m_date(new DateField(story.date.isValid() ? story.date : QDate::currentDate(), this))
{
    setWindowTitle(story.id == 0 ? tr("Add STAR Story") : tr("Edit STAR Story"));
    m_title->setObjectName(QStringLiteral("storyTitle"));
    m_title->setPlaceholderText(tr("A short name you will recognise in an interview"));
    m_date->setObjectName(QStringLiteral("storyDate"));
    m_date->setDateRange(QDate(1950, 1, 1), QDate(2200, 12, 31));
    m_situation
        = textField(story.situation, tr("Where you were and what was at stake"), QStringLiteral("storySituation"));
    m_task = textField(story.task, tr("What you had to achieve"), QStringLiteral("storyTask"));
    m_action = textField(story.action, tr("What you did yourself: \"I\", not \"we\""), QStringLiteral("storyAction"));
    m_outcome = textField(story.result, tr("What happened because of it"), QStringLiteral("storyResult"));
    m_measures = textField(story.outcomes, tr("The numbers: time saved, revenue, defects, adoption"),
                           QStringLiteral("storyOutcomes"));
    // Made after the text fields, so that Tab reaches them in the form's order.
    m_tags = new TagLists(QStringLiteral("story"), m_skills, m_result.tags, tr("Leadership &Principles shown:"),
                          tr("S&kills shown:"), this);
    messageLabel()->setObjectName(QStringLiteral("storyMessage"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Situation:"), m_situation);
    form->addRow(tr("T&ask:"), m_task);
    form->addRow(tr("A&ction:"), m_action);
    form->addRow(tr("&Result:"), m_outcome);
    form->addRow(tr("&Measurable outcomes:"), m_measures);
    auto *layout = new QGridLayout(this);
    layout->addLayout(form, 0, 0);
    layout->addWidget(m_tags, 0, 1);
    layout->addWidget(messageLabel(), 1, 0, 1, 2);
    layout->addWidget(buttons(), 2, 0, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);

    connect(m_title, &QLineEdit::textChanged, this, &StoryDialog::validate);
    connect(m_date, &QDateEdit::dateChanged, this, &StoryDialog::validate);
    for (QPlainTextEdit *text : { m_situation, m_task, m_action, m_outcome, m_measures })
        connect(text, &QPlainTextEdit::textChanged, this, &StoryDialog::validate);
    connect(m_tags, &TagLists::checksChanged, this, &StoryDialog::validate);
    validate();
}

QPlainTextEdit *StoryDialog::textField(const QString &text, const QString &placeholder, const QString &name)
{
    auto *field = new QPlainTextEdit(text, this);
    field->setObjectName(name);
    field->setPlaceholderText(placeholder);
    field->setTabChangesFocus(true);
    field->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    return field;
}

void StoryDialog::validate()
{
    Story story = m_result;
    story.title = m_title->text().trimmed();
    story.date = m_date->date();
    story.situation = m_situation->toPlainText();
    story.task = m_task->toPlainText();
    story.action = m_action->toPlainText();
    story.result = m_outcome->toPlainText();
    story.outcomes = m_measures->toPlainText();
    story.tags = m_tags->checkedKeys();
    QString problem = StoryRepository::validate(story, m_skills);
    if (problem.isEmpty())
        problem = HappenedDate::problem(HappenedDate::Kind::Story, story.date, QDate::currentDate());
    showCheck(problem, HappenedDate::earlyNote(story.date, m_ladderStart));
    if (problem.isEmpty())
        m_result = story;
}

} // namespace careerplanner
