#include "ui/widgets/CheckedEdit.h"

#include <QMessageBox>

namespace careerplanner {

bool CheckedEdit::run(QWidget *page, const QString &title, const QString &failure, const Edit &edit)
{
    QString error;
    if (edit(&error))
        return true;
    tell(page, title, failure, error);
    return false;
}

void CheckedEdit::tell(QWidget *page, const QString &title, const QString &failure, const QString &reason)
{
    QMessageBox::warning(page, title, QStringLiteral("%1\n\n%2").arg(failure, reason));
}

} // namespace careerplanner
