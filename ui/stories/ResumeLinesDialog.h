#pragma once

#include "core/stories/ResumeLines.h"

#include <QDialog>

class QPlainTextEdit;

namespace careerplanner {

// The STAR stories' outcomes as résumé bullets, the measurable ones first, to copy into a
// résumé or save as text. The words are the stories' own: edit a story to change its line.
class ResumeLinesDialog final : public QDialog
{
    Q_OBJECT

public:
    // planPath: the open plan, which the text is never written over.
    ResumeLinesDialog(const QList<Story> &stories, const QString &planPath, QWidget *parent = nullptr);

private:
    void copyAll();
    void saveAsText();

    QString m_planPath;
    QString m_text;
    QPlainTextEdit *m_lines;
};

} // namespace careerplanner
