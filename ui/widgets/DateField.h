#pragma once

#include <QDateEdit>

class QItemEditorFactory;

namespace careerplanner {

// A date typed or picked as yyyy-MM-dd. A whole date typed over the selected text is taken
// whole: QDateEdit alone drops the year typed over a full selection, and after a section
// fills up it moves on by itself, so the "-" typed next would skip the month too.
class DateField final : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);
    explicit DateField(const QDate &date, QWidget *parent = nullptr);

    // Makes DateField the editor of dates in the item views that use it.
    static QItemEditorFactory *editorFactory();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    bool m_movedOnByItself = false; // the last digit filled a section and moved to the next
};

} // namespace careerplanner
