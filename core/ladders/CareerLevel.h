#pragma once

#include "core/bands/SalaryBand.h"
#include "core/base/SourceRef.h"
#include "core/base/YearRange.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace careerplanner {

// One of the two ways up from a level, e.g. Group Program Manager (management) and
// Principal Program Manager (individual contributor) at Program Management Leader.
struct LevelBranch
{
    QString title;
    QString path; // "management" or "individual-contributor"
    QString summary;
    QStringList expectations; // what the level asks on this branch, beside what it asks of everyone
    QStringList milestones; // what a person on this branch works towards while at the level

    bool operator==(const LevelBranch &o) const
    {
        return title == o.title && path == o.path && summary == o.summary && expectations == o.expectations
               && milestones == o.milestones;
    }
};

// A rung of a career ladder with what it asks of people and what it pays.
struct CareerLevel
{
    qint64 id = 0; // row id in the plan file; 0 until stored
    QString title;
    QStringList alternativeTitles;
    QString levelCode; // Amazon level code such as "L6", where a source gives one
    QString summary;
    YearRange yearsAtLevel; // typical time spent at the level
    YearRange experienceYears; // experience the level asks for
    bool lessCommon = false;
    QStringList responsibilities;
    QStringList requirements;
    QStringList toAdvance;
    QList<LevelBranch> branches;
    QList<SalaryBand> bands;
    SourceRef source;

    std::optional<SalaryBand> band(SalaryBand::Kind kind) const;
    void setBand(SalaryBand::Kind kind, const std::optional<SalaryBand> &band);

    // Equality of content, ignoring the row id.
    bool sameContentAs(const CareerLevel &other) const;
};

} // namespace careerplanner
