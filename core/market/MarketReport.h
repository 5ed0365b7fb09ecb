#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace careerplanner {

// One report of what someone is paid, as an imported file gives it (a Levels.fyi export,
// the U.S. Department of Labor's H-1B disclosures, one's own sheet). Amounts a year, in
// minor units of currency.
struct MarketReport
{
    qint64 id = 0;
    QString company;
    QString title; // the job title, which names the job family and sometimes the level
    QString level; // the company's level ("L6", "Senior PM"); empty where the file has none
    QString location;
    QString currency = QStringLiteral("USD");
    std::optional<qint64> base;
    std::optional<qint64> stock;
    std::optional<qint64> bonus;
    std::optional<qint64> total; // total compensation; empty where a file gives base pay only (H-1B)
    std::optional<double> yearsOfExperience;
    QDate date; // when it was reported, or the case began
    QString source; // the file's name
    QDate importedOn;
};

} // namespace careerplanner
