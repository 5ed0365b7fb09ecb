#include "ui/stories/ResumeLinesDialog.h"

#include "core/storage/OutputFile.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace careerplanner {

ResumeLinesDialog::ResumeLinesDialog(const QList<Story> &stories, const QString &planPath, QWidget *parent)
    : QDialog(parent)
    , m_planPath(planPath)
    , m_lines(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Résumé Lines"));
    const QList<ResumeLines::Line> lines = ResumeLines::fromStories(stories);
    m_text = ResumeLines::asText(lines);
    const auto measurable
        = std::count_if(lines.cbegin(), lines.cend(), [](const ResumeLines::Line &line) { return line.measurable; });
    auto *intro = new QLabel(
        lines.isEmpty()
            ? tr("No story has an action and a result to make a line of yet: write them in the story bank.")
            : tr("%1 lines from your stories, %2 with a measurable result (first). A résumé must show measurable "
                 "impact: give the others a figure in their stories.")
                  .arg(lines.size())
                  .arg(measurable),
        this);
    intro->setWordWrap(true);
    m_lines->setObjectName(QStringLiteral("resumeLines"));
    m_lines->setReadOnly(true);
    m_lines->setPlainText(m_text);
    m_lines->setMinimumSize(640, 280);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy All"), QDialogButtonBox::ActionRole);
    QPushButton *save = buttons->addButton(tr("&Save as Text…"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyResumeLines"));
    save->setObjectName(QStringLiteral("saveResumeLines"));
    copy->setEnabled(!lines.isEmpty());
    save->setEnabled(!lines.isEmpty());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_lines, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, &ResumeLinesDialog::copyAll);
    connect(save, &QPushButton::clicked, this, &ResumeLinesDialog::saveAsText);
}

void ResumeLinesDialog::copyAll()
{
    QApplication::clipboard()->setText(m_text);
}

void ResumeLinesDialog::saveAsText()
{
    QFileDialog dialog(this, tr("Save Résumé Lines"),
                       QFileInfo(m_planPath).absolutePath() + QLatin1Char('/') + tr("Résumé lines.txt"),
                       tr("Text files (*.txt)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("txt"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString error;
    if (!OutputFile::write(dialog.selectedFiles().constFirst(), m_text.toUtf8(), m_planPath, &error))
        QMessageBox::warning(this, tr("Save Résumé Lines"), tr("The lines were not written.\n\n%1").arg(error));
}

} // namespace careerplanner
