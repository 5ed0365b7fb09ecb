#include "ui/widgets/UserGuide.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPointer>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace careerplanner {

UserGuide::UserGuide(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("Career Planner User Guide"));
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setOpenExternalLinks(true);
    QFile guide(QStringLiteral(":/careerplanner/guide/user-guide.md"));
    if (guide.open(QIODevice::ReadOnly))
        m_browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    resize(720, 640);
}

UserGuide *UserGuide::showSection(const QString &section, QWidget *parent)
{
    // One guide for every window: it belongs to none of them, so closing a plan keeps it.
    static QPointer<UserGuide> guide;
    if (!guide) {
        guide = new UserGuide(nullptr);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        if (parent)
            guide->move(parent->window()->geometry().topRight() - QPoint(guide->width(), -40));
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
    guide->scrollTo(section);
    return guide;
}

void UserGuide::scrollTo(const QString &section)
{
    QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && block.text() == section) {
            // The heading at the top, or as high as the end of the text lets it go.
            m_browser->setTextCursor(QTextCursor(block));
            const QRectF where = document->documentLayout()->blockBoundingRect(block);
            m_browser->verticalScrollBar()->setValue(int(where.top()));
            return;
        }
    }
    m_browser->setTextCursor(QTextCursor(document));
    m_browser->verticalScrollBar()->setValue(0);
}

QString UserGuide::currentSection() const
{
    // The section the reader was taken to or has clicked in: the heading at or above the cursor.
    for (QTextBlock block = m_browser->textCursor().block(); block.isValid(); block = block.previous()) {
        if (block.blockFormat().headingLevel() > 0)
            return block.text();
    }
    return QString();
}

} // namespace careerplanner
