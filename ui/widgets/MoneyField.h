#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace careerplanner {

// An amount of money typed as people type it ("150,000", "$150k"), with its problem
// shown right under it.
class MoneyField final : public QWidget
{
    Q_OBJECT

public:
    explicit MoneyField(const QString &accessibleName, QWidget *parent = nullptr);

    void setValue(std::optional<qint64> minorUnits, const QString &currency);
    // The amount, or nothing with the reason shown under the field. Empty counts as zero
    // unless required.
    std::optional<qint64> value(const QString &currency, bool required = false);
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_edit;
    QLabel *m_error;
};

} // namespace careerplanner
