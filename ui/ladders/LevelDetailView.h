#pragma once

#include "core/base/Money.h"

#include <QLocale>
#include <QTextBrowser>

namespace careerplanner {

struct CareerLadder;
struct CareerLevel;

// The detail pane: everything about the selected level, or the ladder's overview
// (notes, promotion criteria, interview stages) when no level is selected.
class LevelDetailView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit LevelDetailView(QWidget *parent = nullptr);

    void showLevel(const CareerLadder &ladder, int levelIndex);
    void showLadder(const CareerLadder &ladder);
    void clearView();

private:
    QLocale m_locale = Money::displayLocale();
};

} // namespace careerplanner
