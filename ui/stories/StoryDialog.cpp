#include "ui/stories/StoryDialog.h"

#include "core/base/HappenedDate.h"
#include "core/stories/StoryRepository.h"
#include "ui/widgets/DateField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>

namespace careerplanner {

StoryDialog::StoryDialog(const Story &story, const QList<Skill> &skills, const QDate &ladderStart, QWidget *parent)
    : CheckedDialog(parent)
    , m_result(story)
    , m_skills(skills)
    , m_ladderStart(ladderStart)
    , m_title(new QLineEdit(story.title, this))
    , m_date(new DateField(story.date.isValid() ? story.date : QDate::currentDate(), this))
    , m_principles(new QStandardItemModel(this))
    , m_skillTags(new QStandardItemModel(this))
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
    messageLabel()->setObjectName(QStringLiteral("storyMessage"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Situation:"), m_situation);
    form->addRow(tr("T&ask:"), m_task);
    form->addRow(tr("A&ction:"), m_action);
    form->addRow(tr("&Result:"), m_outcome);
    form->addRow(tr("&Measurable outcomes:"), m_measures);
    auto *principlesLabel = new QLabel(tr("Leadership &Principles shown:"), this);
    auto *skillsLabel = new QLabel(tr("S&kills shown:"), this);
    QListView *principles = tagList(Skill::Kind::LeadershipPrinciple, m_principles, QStringLiteral("storyPrinciples"));
    QListView *skillList = tagList(Skill::Kind::Skill, m_skillTags, QStringLiteral("storySkills"));
    principlesLabel->setBuddy(principles);
    skillsLabel->setBuddy(skillList);
    auto *layout = new QGridLayout(this);
    layout->addLayout(form, 0, 0, 4, 1);
    layout->addWidget(principlesLabel, 0, 1);
    layout->addWidget(principles, 1, 1);
    layout->addWidget(skillsLabel, 2, 1);
    layout->addWidget(skillList, 3, 1);
    layout->addWidget(messageLabel(), 4, 0, 1, 2);
    layout->addWidget(buttons(), 5, 0, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(1, 2);
    layout->setRowStretch(3, 1);

    connect(m_title, &QLineEdit::textChanged, this, &StoryDialog::validate);
    connect(m_date, &QDateEdit::dateChanged, this, &StoryDialog::validate);
    for (QPlainTextEdit *text : { m_situation, m_task, m_action, m_outcome, m_measures })
        connect(text, &QPlainTextEdit::textChanged, this, &StoryDialog::validate);
    for (QStandardItemModel *model : { m_principles, m_skillTags })
        connect(model, &QStandardItemModel::itemChanged, this, &StoryDialog::validate);
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

QListView *StoryDialog::tagList(Skill::Kind kind, QStandardItemModel *model, const QString &name)
{
    for (const Skill &skill : std::as_const(m_skills)) {
        if (skill.kind != kind)
            continue;
        auto *item = new QStandardItem(skill.name);
        item->setData(skill.key, Qt::UserRole);
        item->setToolTip(skill.description);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_result.tags.contains(skill.key) ? Qt::Checked : Qt::Unchecked);
        model->appendRow(item);
    }
    auto *view = new QListView(this);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Wide enough for the longest name, so no principle is cut off.
    view->setMinimumWidth(view->sizeHintForColumn(0) + 2 * view->frameWidth()
                          + view->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return view;
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
    story.tags.clear();
    for (QStandardItemModel *model : { m_principles, m_skillTags }) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->item(row)->checkState() == Qt::Checked)
                story.tags.append(model->item(row)->data(Qt::UserRole).toString());
        }
    }
    QString problem = StoryRepository::validate(story, m_skills);
    if (problem.isEmpty())
        problem = HappenedDate::problem(HappenedDate::Kind::Story, story.date, QDate::currentDate());
    showCheck(problem, HappenedDate::earlyNote(story.date, m_ladderStart));
    if (problem.isEmpty())
        m_result = story;
}

} // namespace careerplanner
