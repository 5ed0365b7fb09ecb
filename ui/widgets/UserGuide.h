#pragma once

#include <QWidget>

class QTextBrowser;

namespace careerplanner {

// Help ▸ User Guide: the short manual (docs/user-guide.md, built into the app so that it
// works offline) in a window of its own, one section per page.
class UserGuide final : public QWidget
{
    Q_OBJECT

public:
    // Shows the guide (one window for the whole app) at the section headed section, or at
    // its start when no heading is called that.
    static UserGuide *showSection(const QString &section, QWidget *parent);

    QString currentSection() const; // the heading of the section the cursor is in
    QTextBrowser *browser() const { return m_browser; }

private:
    explicit UserGuide(QWidget *parent);
    void scrollTo(const QString &section);

    QTextBrowser *m_browser;
};

} // namespace careerplanner
