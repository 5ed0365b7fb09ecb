#include "ui/path/MilestoneStatusDelegate.h"

#include "core/path/Milestone.h"

#include <QComboBox>

namespace careerplanner {

QWidget *MilestoneStatusDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("statusEditor"));
    for (auto status : { Milestone::Status::Planned, Milestone::Status::InProgress, Milestone::Status::Done,
                         Milestone::Status::Dropped })
        box->addItem(Milestone::statusToDisplayName(status), static_cast<int>(status));
    return box;
}

void MilestoneStatusDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    box->setCurrentIndex(box->findData(index.data(Qt::EditRole)));
}

void MilestoneStatusDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace careerplanner
