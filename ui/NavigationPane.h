#pragma once

#include <QTreeView>

class QAction;
class QStandardItemModel;
class QTabWidget;

namespace careerplanner {

// The side bar of pages, grouped by what they are for (Me: dashboard, path, skills and
// stories; Pay: bands, compare, packages, history; Ladders), with room for the groups to
// come. The pages themselves stay in the window's tab widget, its tab bar hidden, each
// keeping its own tabs inside it. Ctrl+1 … Ctrl+9 go to the pages in the order shown.
class NavigationPane final : public QTreeView
{
    Q_OBJECT

public:
    enum Role { TabTextRole = Qt::UserRole + 1 }; // the page's title as its tab has it
    NavigationPane(QTabWidget *pages, QWidget *parent = nullptr);

    // Lists the pages again, after the plan's pages were made (anew).
    void refill();
    QList<QAction *> pageActions() const { return m_pageActions; } // for the View menu
    QAction *findAction() const { return m_find; } // Ctrl+F: the page's search field
    QString currentTitle() const; // the page shown, as the side bar names it ("Skills & stories")

private:
    QWidget *pageNamed(const QString &name) const; // among the pages, by object name
    void showPage(const QString &name);
    void showCurrentPage(); // selects the page shown, however it came to be shown
    void focusSearch();

    QTabWidget *m_pages;
    QStandardItemModel *m_model;
    QList<QAction *> m_pageActions;
    QAction *m_find;
};

} // namespace careerplanner
