#include "ui/market/MarketFilterBar.h"

#include "core/market/MarketStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace careerplanner {

namespace {

const QDate AnyDate(2000, 1, 1); // the dates' lowest, shown as "any"

QSpinBox *yearsBox(QWidget *parent, const char *name)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(-1, 70);
    box->setValue(-1);
    box->setSpecialValueText(MarketFilterBar::tr("any"));
    box->setSuffix(MarketFilterBar::tr(" years"));
    return box;
}

QDateEdit *dateBox(QWidget *parent, const char *name)
{
    auto *box = new QDateEdit(parent);
    box->setObjectName(QLatin1String(name));
    box->setCalendarPopup(true);
    box->setMinimumDate(AnyDate);
    box->setDate(AnyDate);
    box->setSpecialValueText(MarketFilterBar::tr("any"));
    box->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return box;
}

} // namespace

MarketFilterBar::MarketFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_family(new QComboBox(this))
    , m_company(new QComboBox(this))
    , m_location(new QLineEdit(this))
    , m_yearsFrom(yearsBox(this, "marketYearsFrom"))
    , m_yearsTo(yearsBox(this, "marketYearsTo"))
    , m_from(dateBox(this, "marketFrom"))
    , m_to(dateBox(this, "marketTo"))
{
    m_family->setObjectName(QStringLiteral("marketFamily"));
    m_company->setObjectName(QStringLiteral("marketCompany"));
    m_location->setObjectName(QStringLiteral("marketLocation"));
    m_location->setPlaceholderText(tr("any place"));
    m_location->setClearButtonEnabled(true);
    // Two rows: what is compared, then over which years; each field as wide as it needs.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *what = new QHBoxLayout;
    auto *when = new QHBoxLayout;
    rows->addLayout(what);
    rows->addLayout(when);
    const auto add = [this](QHBoxLayout *row, const QString &label, QWidget *field, int stretch = 0) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        row->addWidget(text);
        row->addWidget(field, stretch);
        row->addSpacing(12);
    };
    add(what, tr("Job &family:"), m_family, 2);
    add(what, tr("&Company:"), m_company, 1);
    add(what, tr("&Location contains:"), m_location, 1);
    add(when, tr("E&xperience from:"), m_yearsFrom);
    add(when, tr("to:"), m_yearsTo);
    add(when, tr("Reported f&rom:"), m_from);
    add(when, tr("to:"), m_to);
    when->addStretch();

    const auto changed = [this] {
        if (!m_filling)
            Q_EMIT filterChanged();
    };
    connect(m_family, &QComboBox::currentIndexChanged, this, changed);
    connect(m_company, &QComboBox::currentIndexChanged, this, changed);
    connect(m_location, &QLineEdit::textChanged, this, changed);
    for (QSpinBox *box : { m_yearsFrom, m_yearsTo })
        connect(box, &QSpinBox::valueChanged, this, changed);
    for (QDateEdit *box : { m_from, m_to })
        connect(box, &QDateEdit::dateChanged, this, changed);
}

void MarketFilterBar::setChoices(const MarketStore &market, const QString &preferredLadder)
{
    m_filling = true;
    const int ladderWas = m_family->currentData().isValid() ? m_family->currentData().toInt() : -1;
    const QString companyWas = m_company->currentData().toString();
    m_family->clear();
    const MarketMatcher &matcher = market.matcher();
    const QList<int> counts = market.reportsPerLadder();
    int most = -1; // the family with the most reports, the first of equals
    int own = -1; // the ladder the user is on, if it has reports
    for (int i = 0; i < matcher.ladders().size(); ++i) {
        if (matcher.familyTitle(i).isEmpty())
            continue;
        const int reports = counts.value(i);
        m_family->addItem(
            reports == 1 ? tr("%1 (%2): 1 report").arg(matcher.familyTitle(i), matcher.ladders().at(i).name)
                         : tr("%1 (%2): %3 reports")
                               .arg(matcher.familyTitle(i), matcher.ladders().at(i).name, QLocale().toString(reports)),
            i);
        if (most < 0 || reports > counts.value(most))
            most = i;
        if (reports > 0 && matcher.ladders().at(i).name == preferredLadder)
            own = i;
    }
    // What the user chose stays; otherwise their own ladder if it has reports, else the fullest.
    const int chosen = ladderWas >= 0 && m_family->findData(ladderWas) >= 0 ? ladderWas : own >= 0 ? own : most;
    if (chosen >= 0)
        m_family->setCurrentIndex(m_family->findData(chosen));
    m_company->clear();
    m_company->addItem(tr("All companies"), QString());
    for (const MarketStore::Company &company : market.companies())
        m_company->addItem(tr("%1 (%2)").arg(company.name, QLocale().toString(company.reports)), company.key);
    m_company->setCurrentIndex(qMax(0, m_company->findData(companyWas)));
    m_filling = false;
}

MarketFilter MarketFilterBar::filter() const
{
    MarketFilter filter;
    filter.ladder = m_family->currentData().isValid() ? m_family->currentData().toInt() : -1;
    filter.company = m_company->currentData().toString();
    filter.locationContains = m_location->text();
    if (m_yearsFrom->value() >= 0)
        filter.yearsFrom = m_yearsFrom->value();
    if (m_yearsTo->value() >= 0)
        filter.yearsTo = m_yearsTo->value();
    if (m_from->date() > AnyDate)
        filter.from = m_from->date();
    if (m_to->date() > AnyDate)
        filter.to = m_to->date();
    return filter;
}

} // namespace careerplanner
