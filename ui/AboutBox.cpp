#include "ui/AboutBox.h"

#include <QMessageBox>

namespace careerplanner {

void AboutBox::show(QWidget *parent)
{
    QMessageBox::about(parent, QObject::tr("About Career Planner"),
                       QObject::tr("<h3>Career Planner %1</h3><p>Plan your own progression up a program or product "
                                   "management career ladder.</p><p>Reference ladders are drawn from the career "
                                   "guides named as each figure's source.</p>"
                                   "<p>Free software under the GNU General Public License, version 3 or any later "
                                   "version; it comes with no warranty. Built with Qt %2.</p>")
                           .arg(QStringLiteral(CAREERPLANNER_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace careerplanner
