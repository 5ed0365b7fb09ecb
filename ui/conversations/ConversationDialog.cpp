#include "ui/conversations/ConversationDialog.h"

#include "ui/widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace careerplanner {

ConversationDialog::ConversationDialog(const CareerConversation &conversation, QWidget *parent)
    : CheckedDialog(parent)
    , m_result(conversation)
    , m_oldActions(conversation.agreed)
    , m_heldOn(new DateField(conversation.heldOn.isValid() ? conversation.heldOn : QDate::currentDate(), this))
    , m_person(new QLineEdit(conversation.person, this))
    , m_relation(new QComboBox(this))
    , m_hasNext(new QCheckBox(tr("&Booked for"), this))
    , m_nextOn(new DateField(this))
{
    setWindowTitle(conversation.id == 0 ? tr("Log Career Conversation") : tr("Edit Career Conversation"));
    m_heldOn->setObjectName(QStringLiteral("conversationDate"));
    m_heldOn->setDateRange(QDate(1950, 1, 1), QDate(2200, 12, 31));
    m_person->setObjectName(QStringLiteral("conversationPerson"));
    m_person->setPlaceholderText(tr("Whom you spoke with"));
    m_person->setMaxLength(CareerConversation::MaximumNameLength);
    m_relation->setObjectName(QStringLiteral("conversationRelation"));
    for (CareerConversation::Relation relation : CareerConversation::relations())
        m_relation->addItem(CareerConversation::relationName(relation), static_cast<int>(relation));
    m_relation->setCurrentIndex(std::max(0, m_relation->findData(static_cast<int>(conversation.relation))));
    m_askedFor = textField(conversation.askedFor, tr("The level you aim for, the support you asked for"),
                           QStringLiteral("conversationAskedFor"));
    m_feedback = textField(conversation.feedback, tr("What you heard: strengths, what to develop"),
                           QStringLiteral("conversationFeedback"));
    QStringList lines;
    for (const AgreedAction &action : conversation.agreed)
        lines.append(action.text);
    m_agreed
        = textField(lines.join(QLatin1Char('\n')), tr("One action a line; each can become a milestone or a skill goal"),
                    QStringLiteral("conversationAgreed"));
    m_hasNext->setObjectName(QStringLiteral("conversationHasNext"));
    m_hasNext->setChecked(conversation.nextOn.isValid());
    m_nextOn->setObjectName(QStringLiteral("conversationNext"));
    m_nextOn->setDateRange(QDate(1950, 1, 1), QDate(2200, 12, 31));
    m_nextOn->setDate(conversation.nextOn.isValid() ? conversation.nextOn : m_heldOn->date().addMonths(6));
    m_nextOn->setEnabled(m_hasNext->isChecked());
    messageLabel()->setObjectName(QStringLiteral("conversationMessage"));

    auto *next = new QHBoxLayout;
    next->addWidget(m_hasNext);
    next->addWidget(m_nextOn, 1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Held on:"), m_heldOn);
    form->addRow(tr("&With:"), m_person);
    form->addRow(tr("&Who is:"), m_relation);
    form->addRow(tr("I &asked for:"), m_askedFor);
    form->addRow(tr("&Feedback heard:"), m_feedback);
    form->addRow(tr("We a&greed:"), m_agreed);
    form->addRow(tr("Next conversation:"), next);
    form->addRow(messageLabel());
    form->addRow(buttons());
    resize(560, sizeHint().height());

    connect(m_hasNext, &QCheckBox::toggled, m_nextOn, &QWidget::setEnabled);
    connect(m_hasNext, &QCheckBox::toggled, this, &ConversationDialog::validate);
    connect(m_heldOn, &QDateEdit::dateChanged, this, &ConversationDialog::validate);
    connect(m_nextOn, &QDateEdit::dateChanged, this, &ConversationDialog::validate);
    connect(m_person, &QLineEdit::textChanged, this, &ConversationDialog::validate);
    connect(m_relation, &QComboBox::currentIndexChanged, this, &ConversationDialog::validate);
    for (QPlainTextEdit *text : { m_askedFor, m_feedback, m_agreed })
        connect(text, &QPlainTextEdit::textChanged, this, &ConversationDialog::validate);
    validate();
}

QPlainTextEdit *ConversationDialog::textField(const QString &text, const QString &placeholder, const QString &name)
{
    auto *field = new QPlainTextEdit(text, this);
    field->setObjectName(name);
    field->setPlaceholderText(placeholder);
    field->setTabChangesFocus(true);
    field->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    return field;
}

QList<AgreedAction> ConversationDialog::actionsFromLines(const QStringList &lines, const QList<AgreedAction> &old)
{
    QList<AgreedAction> actions;
    QList<bool> used(old.size(), false);
    for (const QString &line : lines) {
        AgreedAction action;
        action.text = line.trimmed();
        for (int i = 0; i < old.size(); ++i) {
            if (!used.at(i) && old.at(i).text.trimmed() == action.text) {
                action = old.at(i);
                used[i] = true;
                break;
            }
        }
        actions.append(action);
    }
    // A line reworded in place of an old action keeps what that action was made into.
    for (int i = 0; i < actions.size() && i < old.size(); ++i) {
        if (!used.at(i) && !actions.at(i).isMade()) {
            actions[i].milestoneId = old.at(i).milestoneId;
            actions[i].goalId = old.at(i).goalId;
            used[i] = true;
        }
    }
    return actions;
}

void ConversationDialog::validate()
{
    CareerConversation conversation = m_result;
    conversation.heldOn = m_heldOn->date();
    conversation.person = m_person->text().trimmed();
    conversation.relation = static_cast<CareerConversation::Relation>(m_relation->currentData().toInt());
    conversation.askedFor = m_askedFor->toPlainText().trimmed();
    conversation.feedback = m_feedback->toPlainText().trimmed();
    conversation.agreed
        = actionsFromLines(m_agreed->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts), m_oldActions);
    conversation.agreed.erase(std::remove_if(conversation.agreed.begin(), conversation.agreed.end(),
                                             [](const AgreedAction &a) { return a.text.isEmpty(); }),
                              conversation.agreed.end());
    conversation.nextOn = m_hasNext->isChecked() ? m_nextOn->date() : QDate();
    const QString problem = CareerConversation::validate(conversation, QDate::currentDate());
    showCheck(problem);
    if (problem.isEmpty())
        m_result = conversation;
}

} // namespace careerplanner
