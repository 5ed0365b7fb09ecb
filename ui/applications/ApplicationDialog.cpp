#include "ui/applications/ApplicationDialog.h"

#include "ui/widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace careerplanner {

ApplicationDialog::ApplicationDialog(const JobApplication &application, const QList<CareerLadder> &ladders,
                                     QWidget *parent)
    : CheckedDialog(parent)
    , m_original(application)
    , m_result(application)
    , m_ladders(ladders)
    , m_company(new QLineEdit(application.company, this))
    , m_role(new QLineEdit(application.role, this))
    , m_ladder(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_foundVia(new QLineEdit(application.foundVia, this))
    , m_contact(new QLineEdit(application.contact, this))
    , m_applied(new QCheckBox(tr("Appl&ied on"), this))
    , m_appliedOn(new DateField(application.appliedOn.isValid() ? application.appliedOn : QDate::currentDate(), this))
    , m_status(new QComboBox(this))
    , m_notes(new QPlainTextEdit(application.notes, this))
{
    setWindowTitle(application.id == 0 ? tr("Add Application") : tr("Edit Application"));
    m_company->setObjectName(QStringLiteral("applicationCompany"));
    m_company->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    m_role->setObjectName(QStringLiteral("applicationRole"));
    m_role->setPlaceholderText(tr("As the posting names it"));
    m_ladder->setObjectName(QStringLiteral("applicationLadder"));
    m_ladder->addItem(tr("None chosen"), QString());
    for (const CareerLadder &ladder : ladders)
        m_ladder->addItem(ladder.name, ladder.name);
    m_ladder->setCurrentIndex(std::max(0, m_ladder->findData(application.ladder)));
    m_level->setObjectName(QStringLiteral("applicationLevel"));
    fillLevels();
    m_level->setCurrentIndex(std::max(0, m_level->findData(application.level)));
    m_foundVia->setObjectName(QStringLiteral("applicationFoundVia"));
    m_foundVia->setPlaceholderText(tr("A referral, the company's site, a recruiter…"));
    m_contact->setObjectName(QStringLiteral("applicationContact"));
    m_contact->setPlaceholderText(tr("Who referred you, or the recruiter"));
    m_applied->setObjectName(QStringLiteral("applicationApplied"));
    m_applied->setChecked(application.appliedOn.isValid());
    m_appliedOn->setObjectName(QStringLiteral("applicationAppliedOn"));
    m_appliedOn->setEnabled(m_applied->isChecked());
    m_status->setObjectName(QStringLiteral("applicationStatus"));
    for (JobApplication::Status status : JobApplication::statuses())
        m_status->addItem(JobApplication::statusName(status), JobApplication::statusKey(status));
    m_status->setCurrentIndex(m_status->findData(JobApplication::statusKey(application.status)));
    m_notes->setObjectName(QStringLiteral("applicationNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    messageLabel()->setObjectName(QStringLiteral("applicationMessage"));

    auto *applied = new QHBoxLayout;
    applied->addWidget(m_applied);
    applied->addWidget(m_appliedOn, 1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Ladder aimed at:"), m_ladder);
    form->addRow(tr("Le&vel aimed at:"), m_level);
    form->addRow(tr("&Found via:"), m_foundVia);
    form->addRow(tr("Con&tact:"), m_contact);
    form->addRow(applied);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(messageLabel());
    form->addRow(buttons());

    for (QLineEdit *edit : { m_company, m_role, m_foundVia, m_contact })
        connect(edit, &QLineEdit::textChanged, this, &ApplicationDialog::validate);
    connect(m_ladder, &QComboBox::currentIndexChanged, this, [this] {
        fillLevels();
        validate();
    });
    for (QComboBox *box : { m_level, m_status })
        connect(box, &QComboBox::currentIndexChanged, this, &ApplicationDialog::validate);
    connect(m_applied, &QCheckBox::toggled, m_appliedOn, &QWidget::setEnabled);
    connect(m_applied, &QCheckBox::toggled, this, &ApplicationDialog::validate);
    connect(m_appliedOn, &QDateEdit::dateChanged, this, &ApplicationDialog::validate);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ApplicationDialog::validate);
    validate();
}

void ApplicationDialog::fillLevels()
{
    const QString kept = m_level->currentData().toString();
    const QSignalBlocker blocker(m_level);
    m_level->clear();
    m_level->addItem(tr("None chosen"), QString());
    for (const CareerLadder &ladder : m_ladders) {
        if (ladder.name != m_ladder->currentData().toString())
            continue;
        for (const CareerLevel &level : ladder.levels)
            m_level->addItem(level.title, level.title);
    }
    m_level->setCurrentIndex(std::max(0, m_level->findData(kept)));
}

void ApplicationDialog::validate()
{
    JobApplication application = m_result;
    application.company = m_company->text().trimmed();
    application.role = m_role->text().trimmed();
    application.ladder = m_ladder->currentData().toString();
    application.level = m_level->currentData().toString();
    application.foundVia = m_foundVia->text().trimmed();
    application.contact = m_contact->text().trimmed();
    application.appliedOn = m_applied->isChecked() ? m_appliedOn->date() : QDate();
    application.status = *JobApplication::statusFromKey(m_status->currentData().toString());
    application.notes = m_notes->toPlainText().trimmed();
    // A new status is reached today; the store dates it so too.
    if (application.status != m_original.status || !application.statusSince.isValid())
        application.statusSince = QDate::currentDate();
    const QString problem = JobApplication::validate(application, QDate::currentDate());
    showCheck(problem);
    if (problem.isEmpty())
        m_result = application;
}

} // namespace careerplanner
