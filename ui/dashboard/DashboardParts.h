#pragma once

#include <QString>

class QLabel;
class QStandardItemModel;
class QTreeView;
class QWidget;

namespace careerplanner {

// The pieces the dashboard's cards are made of, so that each card reads the same: a large
// bold figure, a line of plain text, and a short read-only list that opens what is clicked.
class DashboardParts
{
public:
    static QLabel *figureLabel(QWidget *parent, const QString &name);
    static QLabel *textLabel(QWidget *parent, const QString &name);
    static QTreeView *listView(QWidget *parent, const QString &name, QStandardItemModel *model);
};

} // namespace careerplanner
