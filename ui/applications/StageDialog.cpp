#include "ui/applications/StageDialog.h"

#include "core/base/DisplayText.h"
#include "core/interviews/QuestionBank.h"
#include "ui/widgets/CheckList.h"
#include "ui/widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>

namespace careerplanner {

StageDialog::StageDialog(const ApplicationStage &stage, const QList<Skill> &skills, const QList<Question> &bank,
                         QWidget *parent)
    : CheckedDialog(parent)
    , m_result(stage)
    , m_name(new QLineEdit(stage.name, this))
    , m_kind(new QComboBox(this))
    , m_booked(new QCheckBox(tr("&On"), this))
    , m_date(new DateField(stage.isBooked() ? stage.date : QDate::currentDate().addDays(7), this))
    , m_timed(new QCheckBox(tr("&At"), this))
    , m_time(new QTimeEdit(stage.time.isValid() ? stage.time : QTime(10, 0), this))
    , m_zone(new QComboBox(this))
    , m_minutes(new QSpinBox(this))
    , m_format(new QLineEdit(stage.format, this))
    , m_interviewer(new QLineEdit(stage.interviewer, this))
    , m_interviewerRole(new QLineEdit(stage.interviewerRole, this))
    , m_principles(new CheckList(QStringLiteral("stagePrinciples"), this))
    , m_questions(new CheckList(QStringLiteral("stageQuestions"), this))
    , m_typed(new QPlainTextEdit(this))
    , m_rating(new QComboBox(this))
    , m_notes(new QPlainTextEdit(stage.notes, this))
{
    setWindowTitle(stage.id == 0 ? tr("Add Stage") : tr("Edit Stage"));
    m_name->setObjectName(QStringLiteral("stageName"));
    m_name->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    m_kind->setObjectName(QStringLiteral("stageKind"));
    for (const QString &kind : ApplicationStage::kinds())
        m_kind->addItem(ApplicationStage::kindName(kind), kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(stage.kind)));
    m_booked->setObjectName(QStringLiteral("stageBooked"));
    m_booked->setChecked(stage.isBooked());
    m_date->setObjectName(QStringLiteral("stageDate"));
    m_timed->setObjectName(QStringLiteral("stageTimed"));
    m_timed->setChecked(stage.hasTime());
    m_time->setObjectName(QStringLiteral("stageTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_zone->setObjectName(QStringLiteral("stageTimeZone"));
    m_zone->addItem(tr("This computer's zone"), QString());
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromLatin1(zone), QString::fromLatin1(zone));
    m_zone->setCurrentIndex(std::max(0, m_zone->findData(stage.timeZone)));
    m_minutes->setObjectName(QStringLiteral("stageMinutes"));
    m_minutes->setRange(0, ApplicationStage::MaximumMinutes);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(stage.durationMinutes);
    m_format->setObjectName(QStringLiteral("stageFormat"));
    m_format->setPlaceholderText(tr("By phone, video, on site…"));
    m_interviewer->setObjectName(QStringLiteral("stageInterviewer"));
    m_interviewerRole->setObjectName(QStringLiteral("stageInterviewerRole"));
    for (const Skill &skill : skills) {
        if (skill.kind == Skill::Kind::LeadershipPrinciple)
            m_principles->addChoice(skill.name, skill.key, stage.principles.contains(skill.key), skill.description);
    }
    for (const Question &question : bank)
        m_questions->addChoice(DisplayText::shortened(question.text, 90), QString::number(question.id),
                               stage.questionIds.contains(question.id), question.text);
    m_principles->fitWidth();
    // Wide enough to tell the questions apart; the whole text is in each one's tool tip.
    m_questions->setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_typed->setObjectName(QStringLiteral("stageTypedQuestions"));
    m_typed->setPlaceholderText(tr("Questions asked that the bank does not have, one per line"));
    m_typed->setTabChangesFocus(true);
    m_typed->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_rating->setObjectName(QStringLiteral("stageRating"));
    m_rating->addItem(tr("Not rated"), 0);
    for (int rating = ApplicationStage::LowestRating; rating <= ApplicationStage::HighestRating; ++rating)
        m_rating->addItem(tr("%1 of %2").arg(rating).arg(ApplicationStage::HighestRating), rating);
    m_rating->setCurrentIndex(std::max(0, m_rating->findData(stage.rating)));
    m_notes->setObjectName(QStringLiteral("stageNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    messageLabel()->setObjectName(QStringLiteral("stageMessage"));

    auto *when = new QHBoxLayout;
    for (QWidget *widget : std::initializer_list<QWidget *> { m_booked, m_date, m_timed, m_time, m_zone })
        when->addWidget(widget);
    auto *form = new QFormLayout;
    form->addRow(tr("&Stage:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("When:"), when);
    form->addRow(tr("&Length:"), m_minutes);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Interviewer:"), m_interviewer);
    form->addRow(tr("Their &role:"), m_interviewerRole);
    form->addRow(tr("How it &went:"), m_rating);
    form->addRow(tr("&Notes:"), m_notes);
    auto *principlesLabel = new QLabel(tr("Leadership &Principles probed:"), this);
    principlesLabel->setBuddy(m_principles);
    auto *questionsLabel = new QLabel(tr("&Questions asked, from the bank:"), this);
    questionsLabel->setBuddy(m_questions);
    auto *typedLabel = new QLabel(tr("New &questions asked:"), this);
    typedLabel->setBuddy(m_typed);
    auto *layout = new QGridLayout(this);
    layout->addLayout(form, 0, 0, 4, 1);
    layout->addWidget(principlesLabel, 0, 1);
    layout->addWidget(m_principles, 1, 1);
    layout->addWidget(questionsLabel, 2, 1);
    layout->addWidget(m_questions, 3, 1);
    layout->addWidget(typedLabel, 4, 0, 1, 2);
    layout->addWidget(m_typed, 5, 0, 1, 2);
    layout->addWidget(messageLabel(), 6, 0, 1, 2);
    layout->addWidget(buttons(), 7, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    for (QLineEdit *edit : { m_name, m_format, m_interviewer, m_interviewerRole })
        connect(edit, &QLineEdit::textChanged, this, &StageDialog::validate);
    for (QComboBox *box : { m_kind, m_zone, m_rating })
        connect(box, &QComboBox::currentIndexChanged, this, &StageDialog::validate);
    for (QCheckBox *box : { m_booked, m_timed })
        connect(box, &QCheckBox::toggled, this, &StageDialog::validate);
    connect(m_date, &QDateEdit::dateChanged, this, &StageDialog::validate);
    connect(m_time, &QTimeEdit::timeChanged, this, &StageDialog::validate);
    connect(m_minutes, &QSpinBox::valueChanged, this, &StageDialog::validate);
    for (CheckList *list : { m_principles, m_questions })
        connect(list, &CheckList::checksChanged, this, &StageDialog::validate);
    for (QPlainTextEdit *edit : { m_notes, m_typed })
        connect(edit, &QPlainTextEdit::textChanged, this, &StageDialog::validate);
    validate();
}

QList<Question> StageDialog::typedQuestions() const
{
    QList<Question> typed;
    const QStringList bankStages = QuestionBank::stages();
    for (const QString &line : m_typed->toPlainText().split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        Question question;
        question.text = line.trimmed();
        question.stage = bankStages.contains(m_result.kind) ? m_result.kind : QStringLiteral("loop");
        question.kind = QStringLiteral("behavioural");
        question.principles = m_result.principles;
        typed.append(question);
    }
    return typed;
}

void StageDialog::validate()
{
    m_date->setEnabled(m_booked->isChecked());
    m_timed->setEnabled(m_booked->isChecked());
    m_time->setEnabled(m_booked->isChecked() && m_timed->isChecked());
    m_zone->setEnabled(m_time->isEnabled());
    ApplicationStage stage = m_result;
    stage.name = m_name->text().trimmed();
    stage.kind = m_kind->currentData().toString();
    stage.date = m_booked->isChecked() ? m_date->date() : QDate();
    stage.time = m_time->isEnabled() ? m_time->time() : QTime();
    stage.timeZone = m_time->isEnabled() ? m_zone->currentData().toString() : QString();
    stage.durationMinutes = m_minutes->value();
    stage.format = m_format->text().trimmed();
    stage.interviewer = m_interviewer->text().trimmed();
    stage.interviewerRole = m_interviewerRole->text().trimmed();
    stage.principles = m_principles->checkedKeys();
    stage.questionIds.clear();
    for (const QString &id : m_questions->checkedKeys())
        stage.questionIds.append(id.toLongLong());
    stage.rating = m_rating->currentData().toInt();
    stage.notes = m_notes->toPlainText().trimmed();
    const QString problem = ApplicationStage::validate(stage);
    const bool ratedAhead = stage.rating != 0 && stage.isBooked() && stage.date > QDate::currentDate();
    showCheck(problem, ratedAhead ? tr("Rated before it has taken place.") : QString());
    if (problem.isEmpty())
        m_result = stage;
}

} // namespace careerplanner
