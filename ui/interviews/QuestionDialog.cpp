#include "ui/interviews/QuestionDialog.h"

#include "core/interviews/QuestionBank.h"
#include "ui/interviews/InterviewWords.h"
#include "ui/widgets/CheckList.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace careerplanner {

QuestionDialog::QuestionDialog(const Question &question, const QList<Skill> &skills, const QStringList &ladders,
                               QWidget *parent)
    : CheckedDialog(parent)
    , m_result(question)
    , m_skills(skills)
    , m_text(new QPlainTextEdit(question.text, this))
    , m_stage(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_principles(new CheckList(QStringLiteral("questionPrinciples"), this))
    , m_skillTags(new CheckList(QStringLiteral("questionSkills"), this))
    , m_ladders(new CheckList(QStringLiteral("questionLadders"), this))
{
    setWindowTitle(question.id == 0 ? tr("Add Question") : tr("Edit Question"));
    m_text->setObjectName(QStringLiteral("questionText"));
    m_text->setPlaceholderText(tr("As an interviewer would ask it: “Tell me about a time when…”"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_stage->setObjectName(QStringLiteral("questionStage"));
    for (const auto &[name, key] : InterviewWords::stageChoices())
        m_stage->addItem(name, key);
    m_stage->setCurrentIndex(
        qMax(0, m_stage->findData(question.stage.isEmpty() ? QStringLiteral("loop") : question.stage)));
    m_kind->setObjectName(QStringLiteral("questionKind"));
    for (const auto &[name, key] : InterviewWords::kindChoices())
        m_kind->addItem(name, key);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(question.kind)));
    for (const Skill &skill : skills) {
        CheckList *list = skill.kind == Skill::Kind::LeadershipPrinciple ? m_principles : m_skillTags;
        const QStringList &tags
            = skill.kind == Skill::Kind::LeadershipPrinciple ? question.principles : question.skills;
        list->addChoice(skill.name, skill.key, tags.contains(skill.key), skill.description);
    }
    for (const QString &ladder : ladders)
        m_ladders->addChoice(ladder, ladder, question.ladders.contains(ladder));
    for (CheckList *list : { m_principles, m_skillTags, m_ladders })
        list->fitWidth();
    messageLabel()->setObjectName(QStringLiteral("questionMessage"));
    if (question.fromGuides())
        messageLabel()->setToolTip(tr("From %1, “%2”").arg(question.source.file, question.source.section));

    auto *form = new QFormLayout;
    form->addRow(tr("&Question:"), m_text);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("&Kind:"), m_kind);
    auto *laddersLabel = new QLabel(tr("&Ladders (none ticked: every ladder):"), this);
    laddersLabel->setBuddy(m_ladders);
    auto *principlesLabel = new QLabel(tr("Leadership &Principles probed:"), this);
    principlesLabel->setBuddy(m_principles);
    auto *skillsLabel = new QLabel(tr("S&kills probed:"), this);
    skillsLabel->setBuddy(m_skillTags);
    auto *layout = new QGridLayout(this);
    layout->addLayout(form, 0, 0);
    layout->addWidget(laddersLabel, 1, 0);
    layout->addWidget(m_ladders, 2, 0, 3, 1);
    layout->addWidget(principlesLabel, 0, 1, Qt::AlignBottom);
    layout->addWidget(m_principles, 1, 1, 2, 1);
    layout->addWidget(skillsLabel, 3, 1);
    layout->addWidget(m_skillTags, 4, 1);
    layout->addWidget(messageLabel(), 5, 0, 1, 2);
    layout->addWidget(buttons(), 6, 0, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);

    connect(m_text, &QPlainTextEdit::textChanged, this, &QuestionDialog::validate);
    for (QComboBox *box : { m_stage, m_kind })
        connect(box, &QComboBox::currentIndexChanged, this, &QuestionDialog::validate);
    for (CheckList *list : { m_principles, m_skillTags, m_ladders })
        connect(list, &CheckList::checksChanged, this, &QuestionDialog::validate);
    validate();
}

void QuestionDialog::validate()
{
    Question question = m_result;
    question.text = m_text->toPlainText().trimmed();
    question.stage = m_stage->currentData().toString();
    question.kind = m_kind->currentData().toString();
    question.principles = m_principles->checkedKeys();
    question.skills = m_skillTags->checkedKeys();
    question.ladders = m_ladders->checkedKeys();
    const QString problem = QuestionBank::validate(question, m_skills);
    showCheck(problem,
              problem.isEmpty() && question.principles.isEmpty() && question.kind == QLatin1String("behavioural")
                  ? tr("Tick the principles it probes, so that practice and readiness count it.")
                  : QString());
    if (problem.isEmpty())
        m_result = question;
}

} // namespace careerplanner
