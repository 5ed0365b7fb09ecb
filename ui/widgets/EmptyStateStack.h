#pragma once

#include <QStackedWidget>

class QAbstractItemModel;
class QLabel;
class QPushButton;

namespace careerplanner {

// A page's content, or in its place while there is nothing to show a line that says
// what will be here and a button that takes the first step: no empty table or chart
// axis for a newcomer to puzzle over.
class EmptyStateStack final : public QStackedWidget
{
    Q_OBJECT

public:
    // content becomes the stack's; buttonText names the first step ("&Record a Year…").
    EmptyStateStack(QWidget *content, const QString &buttonText, QWidget *parent = nullptr);

    QPushButton *firstStepButton() const { return m_button; }
    bool isShowingEmpty() const { return currentIndex() == 1; }
    QString emptyText() const;

    void showContent();
    // offerFirstStep false: the line alone (the step is on the page already, say).
    void showEmpty(const QString &text, bool offerFirstStep = true);
    // From now on empty, with text, whenever records has no rows; the content otherwise.
    void followRows(const QAbstractItemModel *records, const QString &text);
    // A link under the first step to the user guide's section about the page.
    void setGuideSection(const QString &section);

private:
    QLabel *m_text;
    QPushButton *m_button;
    QLabel *m_guideLink;
    QString m_guideSection;
};

} // namespace careerplanner
