#pragma once
// A fresh temporary folder with one plan in it, for a test function: the sample plan, the
// sample paid in rupees (its current job and pay history in INR, the offer in USD, with or
// without the user's rate of 0.012 USD per INR), or the reference ladders alone. Remade by each call of reset(), so
// that no test sees another's files.

#include "core/plan/PlanFactory.h"
#include "core/plan/SamplePlan.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace testfiles {

class PlanFixture
{
public:
    enum class Content { Sample, ReferenceLadders, InRupees, InRupeesWithRate };

    // A new folder and plan at filePath(name); false with error() if the plan was not made.
    bool reset(Content content, const QString &name = QStringLiteral("P.careerplan"))
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_plan = filePath(name);
        m_error.clear();
        if (content == Content::InRupees || content == Content::InRupeesWithRate)
            return careerplanner::PlanFactory::create(m_plan, inRupees(content == Content::InRupeesWithRate), &m_error)
                   != nullptr;
        const auto plan = content == Content::Sample
                              ? careerplanner::PlanFactory::createSample(m_plan, &m_error)
                              : careerplanner::PlanFactory::createWithReferenceLadders(m_plan, &m_error);
        return plan != nullptr; // closed again here, its lock let go
    }

    // The sample, paid in India: a current job of ₹38,00,000 base (₹3,00,000 bonus, a
    // ₹8,00,000 grant) and pay history at thirty rupees a dollar of the sample's; the
    // Amazon offer stays in dollars.
    static careerplanner::PlanContent inRupees(bool withRate)
    {
        using namespace careerplanner;
        PlanContent content;
        QString error;
        if (!SamplePlan::build(&content, &error))
            qFatal("%s", qPrintable(error));
        for (PayPackage &package : content.payPackages) {
            if (package.kind != PayPackage::Kind::CurrentJob)
                continue;
            package.currency = QStringLiteral("INR");
            package.baseSalary = 38'00'000LL * 100;
            package.yearlyBonus = 3'00'000LL * 100;
            package.stockGrantValue = 8'00'000LL * 100;
            package.annualRefresherValue = 0;
        }
        for (PayRecord &record : content.payHistory) {
            record.currency = QStringLiteral("INR");
            record.base *= 30;
            record.bonus *= 30;
            record.stockVested *= 30;
        }
        if (withRate)
            content.exchangeRates.append({ 0, QStringLiteral("INR"), QStringLiteral("USD"), QStringLiteral("0.012"),
                                           QDate(2026, 11, 1), QStringLiteral("bank rate") });
        return content;
    }

    QString plan() const { return m_plan; }
    QString folder() const { return m_dir->path(); }
    QString filePath(const QString &name) const { return m_dir->filePath(name); }
    QString error() const { return m_error; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_plan;
    QString m_error;
};

} // namespace testfiles
