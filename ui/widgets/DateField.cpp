#include "ui/widgets/DateField.h"

#include <QItemEditorFactory>
#include <QKeyEvent>
#include <QLineEdit>

namespace careerplanner {

DateField::DateField(QWidget *parent)
    : DateField(QDate::currentDate(), parent)
{
}

DateField::DateField(const QDate &date, QWidget *parent)
    : QDateEdit(date, parent)
{
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setCalendarPopup(true);
}

QItemEditorFactory *DateField::editorFactory()
{
    // Types other than dates fall through to Qt's default factory.
    static QItemEditorFactory *const factory = [] {
        auto *made = new QItemEditorFactory;
        made->registerEditor(QMetaType::QDate, new QStandardItemEditorCreator<DateField>());
        return made;
    }();
    return factory;
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    const bool typed = !text.isEmpty() && text.at(0).isPrint();
    const bool digit = typed && text.at(0).isDigit();
    // Typing over the whole text starts with the year, as when the field was empty.
    if (typed && lineEdit()->hasSelectedText() && lineEdit()->selectedText() == lineEdit()->text())
        setSelectedSection(sectionAt(0));
    if (typed && !digit && m_movedOnByItself) {
        m_movedOnByItself = false; // the separator after a full section is already behind us
        event->accept();
        return;
    }
    const Section before = currentSection();
    QDateEdit::keyPressEvent(event);
    m_movedOnByItself = digit && currentSection() != before;
}

void DateField::focusInEvent(QFocusEvent *event)
{
    m_movedOnByItself = false;
    QDateEdit::focusInEvent(event);
}

} // namespace careerplanner
