#include "ui/NavigationPane.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTabWidget>

namespace careerplanner {

namespace {

// The pages in the order the side bar shows them, by object name, under their group.
struct Entry
{
    const char *group;
    const char *page;
};
constexpr Entry Order[] = {
    { QT_TRANSLATE_NOOP("NavigationPane", "Me"), "dashboard" },
    { QT_TRANSLATE_NOOP("NavigationPane", "Me"), "myPathPage" },
    { QT_TRANSLATE_NOOP("NavigationPane", "Me"), "skillsPage" },
    { QT_TRANSLATE_NOOP("NavigationPane", "Me"), "conversationsPage" },
    { QT_TRANSLATE_NOOP("NavigationPane", "Me"), "promotionCasePage" },
    { QT_TRANSLATE_NOOP("NavigationPane", "Me"), "interviewPrepPage" },
    { QT_TRANSLATE_NOOP("NavigationPane", "Me"), "applicationsPage" },
    { QT_TRANSLATE_NOOP("NavigationPane", "Pay"), "salaryBandsPage" },
    { QT_TRANSLATE_NOOP("NavigationPane", "Pay"), "compareLevelsPage" },
    { QT_TRANSLATE_NOOP("NavigationPane", "Pay"), "payPackagesPage" },
    { QT_TRANSLATE_NOOP("NavigationPane", "Pay"), "payHistoryPage" },
    { QT_TRANSLATE_NOOP("NavigationPane", "Pay"), "marketPayPage" },
    { QT_TRANSLATE_NOOP("NavigationPane", "Ladders"), "laddersPage" },
};

const int PageRole = Qt::UserRole + 2; // the page's object name

} // namespace

NavigationPane::NavigationPane(QTabWidget *pages, QWidget *parent)
    : QTreeView(parent)
    , m_pages(pages)
    , m_model(new QStandardItemModel(this))
    , m_find(new QAction(tr("&Find in Page"), this))
{
    setObjectName(QStringLiteral("navigation"));
    setAccessibleName(tr("Pages"));
    setModel(m_model);
    header()->hide();
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_pages->tabBar()->hide();
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, &NavigationPane::focusSearch);
    const int last = int(std::size(Order)) - 1;
    for (int i = 0; i <= last; ++i) {
        auto *action = new QAction(this);
        // Ctrl+1 to Ctrl+9 for the first nine pages and Ctrl+0 for the last, as the keys lie
        // on the keyboard; a page between them is a click in the side bar.
        if (i < 9 || i == last)
            action->setShortcut(QKeySequence(Qt::CTRL | (i < 9 ? Qt::Key(Qt::Key_1 + i) : Qt::Key_0)));
        const QString page = QLatin1String(Order[i].page);
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        m_pageActions.append(action);
    }
    connect(m_pages, &QTabWidget::currentChanged, this, &NavigationPane::showCurrentPage);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) { showPage(index.data(PageRole).toString()); });
    refill();
}

void NavigationPane::refill()
{
    m_model->clear();
    QStandardItem *group = nullptr;
    QFont groupFont = font();
    groupFont.setBold(true);
    for (int i = 0; i < int(std::size(Order)); ++i) {
        const QString page = QLatin1String(Order[i].page);
        QWidget *widget = pageNamed(page);
        m_pageActions.at(i)->setVisible(widget != nullptr);
        if (!widget)
            continue;
        const QString name = tr(Order[i].group);
        if (!group || group->text() != name) {
            group = new QStandardItem(name);
            group->setFlags(Qt::ItemIsEnabled);
            group->setFont(groupFont);
            m_model->appendRow(group);
        }
        const QString tabText = m_pages->tabText(m_pages->indexOf(widget));
        QString title = tabText;
        title.replace(QStringLiteral("&&"), QStringLiteral("&"));
        auto *item = new QStandardItem(title);
        item->setData(tabText, TabTextRole);
        item->setData(page, PageRole);
        item->setToolTip(m_pageActions.at(i)->shortcut().toString(QKeySequence::NativeText));
        group->appendRow(item);
        m_pageActions.at(i)->setText(tabText);
    }
    expandAll();
    setMinimumWidth(sizeHintForColumn(0) + 2 * frameWidth() + indentation());
    showCurrentPage();
}

QString NavigationPane::currentTitle() const
{
    return currentIndex().data().toString();
}

QWidget *NavigationPane::pageNamed(const QString &name) const
{
    for (int tab = 0; tab < m_pages->count() && !name.isEmpty(); ++tab) {
        if (m_pages->widget(tab)->objectName() == name)
            return m_pages->widget(tab);
    }
    return nullptr;
}

void NavigationPane::showPage(const QString &name)
{
    if (QWidget *page = pageNamed(name))
        m_pages->setCurrentWidget(page);
}

void NavigationPane::showCurrentPage()
{
    const QWidget *current = m_pages->currentWidget();
    for (int g = 0; current && g < m_model->rowCount(); ++g) {
        const QStandardItem *group = m_model->item(g);
        for (int r = 0; r < group->rowCount(); ++r) {
            if (group->child(r)->data(PageRole).toString() == current->objectName()) {
                const QModelIndex index = group->child(r)->index();
                if (currentIndex() != index)
                    setCurrentIndex(index);
                return;
            }
        }
    }
}

void NavigationPane::focusSearch()
{
    // The search field of the page shown, where it has one (goals, stories).
    QWidget *page = m_pages->currentWidget();
    const QList<QLineEdit *> fields = page ? page->findChildren<QLineEdit *>() : QList<QLineEdit *>();
    for (QLineEdit *field : fields) {
        if (field->objectName().endsWith(QLatin1String("Search")) && field->isVisible()) {
            field->setFocus(Qt::ShortcutFocusReason);
            field->selectAll();
            return;
        }
    }
}

} // namespace careerplanner
