#include "ui/ladders/LevelEditDialog.h"

#include "ui/widgets/Appearance.h"
#include "ui/ladders/BandEditor.h"
#include "core/ladders/LevelValidator.h"
#include "ui/widgets/YearRangeEditor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTabWidget>
#include <QVBoxLayout>

namespace careerplanner {

namespace {

// The non-empty, trimmed parts of a text: one item per line, or per comma.
QStringList trimmedParts(const QString &text, QChar separator)
{
    QStringList result;
    const QStringList parts = text.split(separator);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            result.append(part.trimmed());
    }
    return result;
}

QStringList lines(const QPlainTextEdit *edit)
{
    return trimmedParts(edit->toPlainText(), QLatin1Char('\n'));
}

QPlainTextEdit *listEdit(QWidget *parent, const QString &name, const QStringList &items, const QString &accessible)
{
    auto *edit = new QPlainTextEdit(items.join(QLatin1Char('\n')), parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(QObject::tr("One per line"));
    return edit;
}

} // namespace

LevelEditDialog::LevelEditDialog(const CareerLevel &level, QWidget *parent)
    : CheckedDialog(parent)
    , m_original(level)
    , m_result(level)
{
    setWindowTitle(level.title.isEmpty() ? tr("New Level") : tr("Edit Level — %1").arg(level.title));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildGeneralPage(), tr("&General and pay"));
    tabs->addTab(buildTextsPage(), tr("&Responsibilities and requirements"));

    messageLabel()->setObjectName(QStringLiteral("levelMessage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(messageLabel()); // what the plan refused, the fields' own reasons beside them
    layout->addWidget(buttons());
    resize(680, 560);

    for (QLineEdit *edit : { m_title, m_alternativeTitles, m_levelCode, m_currency })
        connect(edit, &QLineEdit::textChanged, this, &LevelEditDialog::validate);
    for (YearRangeEditor *editor : { m_yearsAtLevel, m_experience })
        connect(editor, &YearRangeEditor::changed, this, &LevelEditDialog::validate);
    for (BandEditor *editor : { m_baseBand, m_totalBand })
        connect(editor, &BandEditor::changed, this, &LevelEditDialog::validate);
    for (QPlainTextEdit *edit : { m_summary, m_responsibilities, m_requirements, m_toAdvance })
        connect(edit, &QPlainTextEdit::textChanged, this, &LevelEditDialog::validate);
    connect(m_lessCommon, &QCheckBox::toggled, this, &LevelEditDialog::validate);
    validate();
    m_title->setFocus();
}

QLabel *LevelEditDialog::errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setStyleSheet(Appearance::errorStyleSheet());
    label->setWordWrap(true);
    label->hide();
    return label;
}

void LevelEditDialog::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QWidget *LevelEditDialog::buildGeneralPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_title = new QLineEdit(m_original.title, page);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_titleError = errorLabel(page, QStringLiteral("titleError"));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), m_titleError);

    m_alternativeTitles = new QLineEdit(m_original.alternativeTitles.join(QStringLiteral(", ")), page);
    m_alternativeTitles->setPlaceholderText(tr("Other names, separated by commas"));
    form->addRow(tr("Also &called:"), m_alternativeTitles);

    m_levelCode = new QLineEdit(m_original.levelCode, page);
    m_levelCode->setPlaceholderText(tr("e.g. L6"));
    form->addRow(tr("Level &code:"), m_levelCode);

    m_yearsAtLevel = new YearRangeEditor(page);
    m_yearsAtLevel->setObjectName(QStringLiteral("yearsAtLevel"));
    m_yearsAtLevel->setRange(m_original.yearsAtLevel);
    form->addRow(tr("Typical &years at level:"), m_yearsAtLevel);
    m_experience = new YearRangeEditor(page);
    m_experience->setObjectName(QStringLiteral("experienceYears"));
    m_experience->setRange(m_original.experienceYears);
    form->addRow(tr("&Experience asked for:"), m_experience);
    m_yearsError = errorLabel(page, QStringLiteral("yearsError"));
    form->addRow(QString(), m_yearsError);

    m_lessCommon = new QCheckBox(tr("Few companies have this level"), page);
    m_lessCommon->setChecked(m_original.lessCommon);
    form->addRow(tr("Less common:"), m_lessCommon);

    const auto base = m_original.band(SalaryBand::Kind::Base);
    const auto total = m_original.band(SalaryBand::Kind::TotalCompensation);
    m_currency = new QLineEdit(base ? base->currency : total ? total->currency : QStringLiteral("USD"), page);
    m_currency->setObjectName(QStringLiteral("currencyEdit"));
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setMaximumWidth(80);
    m_currencyError = errorLabel(page, QStringLiteral("currencyError"));
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(QString(), m_currencyError);

    m_baseBand = new BandEditor(SalaryBand::Kind::Base, page);
    m_baseBand->setObjectName(QStringLiteral("baseBand"));
    m_baseBand->setBand(base);
    form->addRow(tr("&Base salary per year:"), m_baseBand);
    m_totalBand = new BandEditor(SalaryBand::Kind::TotalCompensation, page);
    m_totalBand->setObjectName(QStringLiteral("totalBand"));
    m_totalBand->setBand(total);
    form->addRow(tr("T&otal compensation per year:"), m_totalBand);
    return page;
}

QWidget *LevelEditDialog::buildTextsPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_summary = new QPlainTextEdit(m_original.summary, page);
    m_summary->setTabChangesFocus(true);
    m_summary->setAccessibleName(tr("Summary"));
    form->addRow(tr("&Summary:"), m_summary);
    m_responsibilities
        = listEdit(page, QStringLiteral("responsibilitiesEdit"), m_original.responsibilities, tr("Responsibilities"));
    form->addRow(tr("Res&ponsibilities:"), m_responsibilities);
    m_requirements = listEdit(page, QStringLiteral("requirementsEdit"), m_original.requirements, tr("Requirements"));
    form->addRow(tr("Re&quirements:"), m_requirements);
    m_toAdvance = listEdit(page, QStringLiteral("toAdvanceEdit"), m_original.toAdvance, tr("What it takes to advance"));
    form->addRow(tr("To &advance:"), m_toAdvance);
    return page;
}

void LevelEditDialog::validate()
{
    CareerLevel level = m_original;
    level.title = m_title->text().trimmed();
    level.alternativeTitles = trimmedParts(m_alternativeTitles->text(), QLatin1Char(','));
    level.levelCode = m_levelCode->text().trimmed();
    level.yearsAtLevel = m_yearsAtLevel->range();
    level.experienceYears = m_experience->range();
    level.lessCommon = m_lessCommon->isChecked();
    level.summary = m_summary->toPlainText().trimmed();
    level.responsibilities = lines(m_responsibilities);
    level.requirements = lines(m_requirements);
    level.toAdvance = lines(m_toAdvance);

    const QString currency = m_currency->text().trimmed().toUpper();
    const BandEditor::Result base = m_baseBand->result(currency);
    const BandEditor::Result total = m_totalBand->result(currency);
    level.setBand(SalaryBand::Kind::Base, base.band);
    level.setBand(SalaryBand::Kind::TotalCompensation, total.band);

    using Field = LevelValidator::Field;
    const QList<LevelValidator::Issue> issues = LevelValidator::validateLevel(level);
    showError(m_titleError, LevelValidator::firstMessageFor(issues, Field::Title));
    QString yearsMessage = LevelValidator::firstMessageFor(issues, Field::YearsAtLevel);
    if (yearsMessage.isEmpty())
        yearsMessage = LevelValidator::firstMessageFor(issues, Field::ExperienceYears);
    showError(m_yearsError, yearsMessage);
    const bool currencyOk = currency.size() == 3;
    showError(m_currencyError, currencyOk ? QString() : tr("Use a three-letter currency code such as USD."));
    // A currency that is not a code is said once, by its field, not again by each band.
    m_baseBand->setError(!currencyOk             ? QString()
                         : !base.error.isEmpty() ? base.error
                                                 : LevelValidator::firstMessageFor(issues, Field::BaseBand));
    m_totalBand->setError(!currencyOk              ? QString()
                          : !total.error.isEmpty() ? total.error
                                                   : LevelValidator::firstMessageFor(issues, Field::TotalBand));

    const bool valid = issues.isEmpty() && base.error.isEmpty() && total.error.isEmpty() && currencyOk;
    showCheck({});
    buttons()->button(QDialogButtonBox::Ok)->setEnabled(valid);
    if (valid)
        m_result = level;
}

} // namespace careerplanner
