#include "ui/widgets/RecordTable.h"

#include <QHeaderView>
#include <QTableView>

namespace careerplanner {

void RecordTable::configure(QTableView *table, int stretchColumn)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    sizeColumns(table, stretchColumn);
}

int RecordTable::selectedRow(const QTableView *table)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void RecordTable::sizeColumns(QTableView *table, int stretchColumn)
{
    QHeaderView *header = table->horizontalHeader();
    header->setMinimumSectionSize(table->fontMetrics().averageCharWidth() * 10);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

} // namespace careerplanner
