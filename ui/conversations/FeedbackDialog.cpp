#include "ui/conversations/FeedbackDialog.h"

#include "ui/widgets/DateField.h"
#include "ui/widgets/TagLists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace careerplanner {

FeedbackDialog::FeedbackDialog(const FeedbackQuote &quote, const QList<Skill> &skills, QWidget *parent)
    : CheckedDialog(parent)
    , m_result(quote)
    , m_skills(skills)
    , m_quote(new QPlainTextEdit(quote.quote, this))
    , m_person(new QLineEdit(quote.person, this))
    , m_source(new QComboBox(this))
    , m_dated(new QCheckBox(tr("&Received on"), this))
    , m_receivedOn(new DateField(quote.receivedOn.isValid() ? quote.receivedOn : QDate::currentDate(), this))
{
    setWindowTitle(quote.id == 0 ? tr("Add Feedback") : tr("Edit Feedback"));
    m_quote->setObjectName(QStringLiteral("feedbackQuote"));
    m_quote->setPlaceholderText(tr("The words as they were said or written"));
    m_quote->setTabChangesFocus(true);
    m_quote->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_person->setObjectName(QStringLiteral("feedbackPerson"));
    m_person->setPlaceholderText(tr("Who said it (may be left out)"));
    m_source->setObjectName(QStringLiteral("feedbackSource"));
    for (FeedbackQuote::Source source : FeedbackQuote::sources())
        m_source->addItem(FeedbackQuote::sourceName(source), static_cast<int>(source));
    m_source->setCurrentIndex(std::max(0, m_source->findData(static_cast<int>(quote.source))));
    m_dated->setObjectName(QStringLiteral("feedbackDated"));
    m_dated->setChecked(quote.id == 0 || quote.receivedOn.isValid());
    m_receivedOn->setObjectName(QStringLiteral("feedbackDate"));
    m_receivedOn->setDateRange(QDate(1950, 1, 1), QDate(2200, 12, 31));
    m_receivedOn->setEnabled(m_dated->isChecked());
    // Made after the fields, so that Tab reaches them in the form's order.
    m_tags = new TagLists(QStringLiteral("feedback"), m_skills, m_result.tags,
                          tr("Leadership &Principles it speaks to:"), tr("S&kills it speaks to:"), this);
    messageLabel()->setObjectName(QStringLiteral("feedbackMessage"));

    auto *date = new QHBoxLayout;
    date->addWidget(m_dated);
    date->addWidget(m_receivedOn, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Quote:"), m_quote);
    form->addRow(tr("&From:"), m_person);
    form->addRow(tr("&Who is:"), m_source);
    form->addRow(tr("When:"), date);
    auto *layout = new QGridLayout(this);
    layout->addLayout(form, 0, 0);
    layout->addWidget(m_tags, 0, 1);
    layout->addWidget(messageLabel(), 1, 0, 1, 2);
    layout->addWidget(buttons(), 2, 0, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);

    connect(m_dated, &QCheckBox::toggled, m_receivedOn, &QWidget::setEnabled);
    connect(m_dated, &QCheckBox::toggled, this, &FeedbackDialog::validate);
    connect(m_receivedOn, &QDateEdit::dateChanged, this, &FeedbackDialog::validate);
    connect(m_quote, &QPlainTextEdit::textChanged, this, &FeedbackDialog::validate);
    connect(m_person, &QLineEdit::textChanged, this, &FeedbackDialog::validate);
    connect(m_source, &QComboBox::currentIndexChanged, this, &FeedbackDialog::validate);
    connect(m_tags, &TagLists::checksChanged, this, &FeedbackDialog::validate);
    validate();
}

void FeedbackDialog::validate()
{
    FeedbackQuote quote = m_result;
    quote.quote = m_quote->toPlainText().trimmed();
    quote.person = m_person->text().trimmed();
    quote.source = static_cast<FeedbackQuote::Source>(m_source->currentData().toInt());
    quote.receivedOn = m_dated->isChecked() ? m_receivedOn->date() : QDate();
    quote.tags = m_tags->checkedKeys();
    const QString problem = FeedbackQuote::validate(quote, QDate::currentDate());
    showCheck(problem);
    if (problem.isEmpty())
        m_result = quote;
}

} // namespace careerplanner
