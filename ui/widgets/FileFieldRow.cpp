#include "ui/widgets/FileFieldRow.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace careerplanner {

QPushButton *FileFieldRow::add(QFormLayout *form, QLineEdit *path)
{
    auto *browse = new QPushButton(QCoreApplication::translate("FileFieldRow", "&Choose…"), path->parentWidget());
    auto *row = new QHBoxLayout;
    row->addWidget(path, 1);
    row->addWidget(browse);
    form->addRow(QCoreApplication::translate("FileFieldRow", "&File:"), row);
    qobject_cast<QLabel *>(form->labelForField(row))->setBuddy(path);
    return browse;
}

} // namespace careerplanner
