#pragma once

#include "core/bands/SalaryBand.h"

#include "core/base/Money.h"

#include <QLocale>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace careerplanner {

// Minimum, maximum and an open-ended (+) box for one salary band, with the band's
// problems shown right under it. Empty minimum and maximum mean "no band".
class BandEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit BandEditor(SalaryBand::Kind kind, QWidget *parent = nullptr);

    void setBand(const std::optional<SalaryBand> &band);

    struct Result
    {
        std::optional<SalaryBand> band;
        QString error; // a typing problem; the band is unusable when set
    };
    // The band as typed, in the given currency; keeps the source unless figures changed.
    Result result(const QString &currency) const;

    void setError(const QString &message);

Q_SIGNALS:
    void changed();

private:
    SalaryBand::Kind m_kind;
    std::optional<SalaryBand> m_original;
    QLineEdit *m_minimum;
    QLineEdit *m_maximum;
    QCheckBox *m_openEnded;
    QLabel *m_error;
    QLocale m_locale = Money::displayLocale();
};

} // namespace careerplanner
