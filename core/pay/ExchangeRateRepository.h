#pragma once

#include "core/base/ExchangeRate.h"

#include <QList>
#include <QString>

namespace careerplanner {

class PlanDatabase;

// Reads and writes the plan's exchange rates and the currency it is shown in. Validated
// first, one statement (its own transaction) per write, in the file when a call returns true.
class ExchangeRateRepository
{
public:
    explicit ExchangeRateRepository(PlanDatabase &plan);

    // In the order of the pair's currencies. A plan of schema version 6 or older, read
    // without migrating it, has none.
    bool load(QList<ExchangeRate> *rates, QString *error) const;
    bool insert(ExchangeRate &rate, QString *error);
    bool update(ExchangeRate &rate, QString *error); // like insert, leaves rate as stored
    bool remove(qint64 rateId, QString *error);

    // The currency the user chose to see the plan in; empty if they chose none.
    QString displayCurrency() const;
    bool setDisplayCurrency(const QString &currency, QString *error);

private:
    bool write(ExchangeRate &rate, bool insert, QString *error);

    PlanDatabase &m_plan;
};

} // namespace careerplanner
