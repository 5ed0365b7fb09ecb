#pragma once

#include <QDialog>

class QTabWidget;

namespace careerplanner {

class MarketAliasPanel;
class MarketTitleMatchPanel;
class PlanSession;

// How the market reports were matched to the ladders' levels, and the user's corrections:
// titles and level fields on one tab, companies' other names on the other. Every change is
// saved as it is made (and undone with Edit ▸ Undo), so the dialog only has Close.
class MarketMatchingDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit MarketMatchingDialog(PlanSession *session, QWidget *parent = nullptr);

    MarketTitleMatchPanel *titles() const { return m_titles; }
    MarketAliasPanel *aliases() const { return m_aliases; }

private:
    MarketTitleMatchPanel *m_titles;
    MarketAliasPanel *m_aliases;
};

} // namespace careerplanner
