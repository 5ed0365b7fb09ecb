#pragma once

#include <QMenu>

namespace careerplanner {

// File ▸ Open Recent: the plans opened lately, numbered as mnemonics, a missing one shown
// but disabled, and Clear Menu. Filled again each time it opens, from the settings.
class RecentPlansMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit RecentPlansMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    void planChosen(const QString &path);

private:
    void fill();
};

} // namespace careerplanner
