#include "ui/interviews/WritingPanel.h"

#include "core/interviews/WritingTemplates.h"
#include "core/plan/PlanSession.h"
#include "ui/interviews/DraftExport.h"
#include "ui/interviews/DraftModel.h"
#include "ui/widgets/CheckedEdit.h"
#include "ui/widgets/EmptyStateStack.h"
#include "ui/widgets/RecordTable.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace careerplanner {

WritingPanel::WritingPanel(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new DraftModel(session, this))
    , m_table(new QTableView(this))
    , m_title(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_save(new QPushButton(tr("&Save Draft"), this))
{
    m_table->setObjectName(QStringLiteral("draftTable"));
    m_table->setAccessibleName(tr("Drafts of the writing exercise"));
    m_table->setModel(m_model);
    RecordTable::configure(m_table, DraftModel::TitleColumn);
    m_title->setObjectName(QStringLiteral("draftTitle"));
    m_body->setObjectName(QStringLiteral("draftBody"));
    m_body->setPlaceholderText(tr("Write the exercise here: a page, in full sentences, with the data behind it."));
    m_count->setObjectName(QStringLiteral("draftCount"));
    m_advice->setObjectName(QStringLiteral("draftAdvice"));
    m_advice->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveDraft"));

    auto *add = new QPushButton(tr("&New Draft"), this);
    add->setObjectName(QStringLiteral("newDraft"));
    auto *templates = new QMenu(add);
    templates->addAction(tr("Blank page"), this, [this] { newDraft(QString()); });
    for (const WritingTemplate &writing : WritingTemplates::all()) {
        QAction *action = templates->addAction(writing.name, this, [this, key = writing.key] { newDraft(key); });
        action->setToolTip(writing.advice);
    }
    add->setMenu(templates);
    auto *remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(QStringLiteral("removeDraft"));
    auto *pdf = new QPushButton(tr("Export &PDF…"), this);
    pdf->setObjectName(QStringLiteral("exportDraftPdf"));
    auto *text = new QPushButton(tr("Export &Text…"), this);
    text->setObjectName(QStringLiteral("exportDraftText"));
    m_draftButtons = { remove, pdf, text, m_save };

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    listButtons->addStretch();
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table);
    listLayout->addLayout(listButtons);
    auto *editor = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("T&itle:"), m_title);
    auto *editorButtons = new QHBoxLayout;
    editorButtons->addWidget(m_count, 1);
    editorButtons->addWidget(pdf);
    editorButtons->addWidget(text);
    editorButtons->addWidget(m_save);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_advice);
    editorLayout->addWidget(m_body, 1);
    editorLayout->addLayout(editorButtons);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(list);
    splitter->addWidget(editor);
    splitter->setSizes({ 300, 700 });
    auto *stack = new EmptyStateStack(splitter, tr("&Start a Draft"), this);
    stack->setObjectName(QStringLiteral("draftsEmpty"));
    stack->setGuideSection(QStringLiteral("Interview prep"));
    stack->followRows(m_model, tr("The writing assessment usually comes after the phone screens: a one-page prompt "
                                  "to analyse a product decision, suggest improvements or explain a strategy. "
                                  "Start a draft from the working-backwards template and write against a page."));
    connect(stack->firstStepButton(), &QPushButton::clicked, this,
            [this] { newDraft(QStringLiteral("working_backwards")); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(stack);

    connect(m_title, &QLineEdit::textEdited, this, [this] { m_dirty = true; });
    connect(m_body, &QPlainTextEdit::textChanged, this, &WritingPanel::updateCount);
    connect(m_save, &QPushButton::clicked, this, &WritingPanel::saveDraft);
    auto *saveKey = new QShortcut(QKeySequence::Save, this, this, [this] { saveDraft(); });
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QPushButton::clicked, this, &WritingPanel::removeDraft);
    connect(pdf, &QPushButton::clicked, this, [this] { exportDraft(true); });
    connect(text, &QPushButton::clicked, this, [this] { exportDraft(false); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        // What was typed in the draft left behind is kept, not lost.
        if (m_dirty)
            saveDraft();
        showCurrentDraft();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &WritingPanel::showCurrentDraft);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0); // the latest draft, ready to go on with
    showCurrentDraft();
}

int WritingPanel::currentDraft() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void WritingPanel::showCurrentDraft()
{
    const QList<WritingDraft> &drafts = m_session->interviewStore().drafts();
    int row = currentDraft();
    // After a save the list is read again, newest first: the draft being written is found by id.
    if (m_shownId != 0) {
        const auto found
            = std::find_if(drafts.cbegin(), drafts.cend(), [this](const WritingDraft &d) { return d.id == m_shownId; });
        if (found != drafts.cend() && int(found - drafts.cbegin()) != row) {
            const QSignalBlocker blocker(m_table->selectionModel());
            row = int(found - drafts.cbegin());
            m_table->selectRow(row);
        }
    }
    for (QPushButton *button : std::as_const(m_draftButtons))
        button->setEnabled(row >= 0);
    m_title->setEnabled(row >= 0);
    m_body->setEnabled(row >= 0);
    if (row < 0) {
        m_shownId = 0;
        m_dirty = false;
        m_title->clear();
        m_body->clear();
        m_advice->setText(tr("Choose a draft, or start a new one from a template."));
        m_count->clear();
        return;
    }
    const WritingDraft &draft = drafts.at(row);
    if (draft.id == m_shownId && m_dirty)
        return; // the editor holds newer words than the file
    m_shownId = draft.id;
    m_title->setText(draft.title);
    m_body->setPlainText(draft.body);
    const int writing = WritingTemplates::indexOf(draft.templateKey);
    const QString written = QLocale().toString(draft.writtenOn);
    if (writing < 0) {
        m_advice->setText(tr("A blank page. Written %1.").arg(written));
    } else {
        const WritingTemplate from = WritingTemplates::all().at(writing);
        m_advice->setText(tr("From “%1”: %2 Written %3.").arg(from.name, from.advice, written));
    }
    m_dirty = false;
    updateCount();
}

void WritingPanel::updateCount()
{
    if (m_body->isEnabled() && m_body->document()->isModified())
        m_dirty = true;
    const int words = WritingTemplates::wordCount(m_body->toPlainText());
    const double pages = WritingTemplates::pages(words);
    const QString length = pages < 1 ? tr("about %1% of a page").arg(qRound(pages * 100))
                                     : tr("about %1 pages").arg(QLocale().toString(pages, 'f', 1));
    m_count->setText(tr("%1 · %2 (the prompt asks for about one page)%3")
                         .arg(words == 1 ? tr("1 word") : tr("%1 words").arg(QLocale().toString(words)), length,
                              m_dirty ? tr(" · not saved") : QString()));
}

void WritingPanel::newDraft(const QString &templateKey)
{
    if (m_dirty && !saveDraft())
        return;
    WritingDraft draft;
    const int writing = WritingTemplates::indexOf(templateKey);
    draft.title = tr("Writing exercise");
    if (writing >= 0) {
        const WritingTemplate from = WritingTemplates::all().at(writing);
        draft.templateKey = from.key;
        draft.title = from.name;
        draft.body = WritingTemplates::body(from);
    }
    draft.writtenOn = QDate::currentDate();
    if (!CheckedEdit::run(this, tr("Writing Exercise"), tr("The draft was not started."),
                          [&](QString *error) { return m_session->interviewStore().saveDraft(draft, error); }))
        return;
    m_shownId = 0;
    m_dirty = false;
    m_table->selectRow(0); // the newest
    // After the New Draft menu has given the focus back to its button: then to the text,
    // at the end of the first heading, to start writing.
    QTimer::singleShot(0, m_body, [this] {
        m_body->setFocus();
        m_body->moveCursor(QTextCursor::Start);
        m_body->moveCursor(QTextCursor::Down);
    });
}

bool WritingPanel::saveDraft()
{
    const QList<WritingDraft> &drafts = m_session->interviewStore().drafts();
    const auto found
        = std::find_if(drafts.cbegin(), drafts.cend(), [this](const WritingDraft &d) { return d.id == m_shownId; });
    if (found == drafts.cend() || !m_dirty)
        return true;
    WritingDraft draft = *found;
    draft.title = m_title->text().trimmed();
    draft.body = m_body->toPlainText();
    draft.writtenOn = QDate::currentDate();
    if (!CheckedEdit::run(this, tr("Writing Exercise"), tr("The draft was not saved."),
                          [&](QString *error) { return m_session->interviewStore().saveDraft(draft, error); }))
        return false;
    m_dirty = false;
    m_body->document()->setModified(false);
    updateCount();
    return true;
}

void WritingPanel::removeDraft()
{
    const int row = currentDraft();
    if (row < 0)
        return;
    const QString title = m_session->interviewStore().drafts().at(row).title;
    if (QMessageBox::question(this, tr("Remove Draft"), tr("Remove the draft “%1”?").arg(title)) != QMessageBox::Yes)
        return;
    m_dirty = false;
    m_shownId = 0;
    CheckedEdit::run(this, tr("Writing Exercise"), tr("The draft was not removed."),
                     [&](QString *error) { return m_session->interviewStore().removeDraft(row, error); });
}

void WritingPanel::exportDraft(bool pdf)
{
    if (!saveDraft() || currentDraft() < 0)
        return;
    const WritingDraft draft = m_session->interviewStore().drafts().at(currentDraft());
    const QString suggested = QFileInfo(m_session->path()).absolutePath() + QLatin1Char('/') + draft.title
                              + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".txt"));
    QFileDialog dialog(this, pdf ? tr("Export Draft as PDF") : tr("Export Draft as Text"), suggested,
                       pdf ? tr("PDF documents (*.pdf)") : tr("Text files (*.txt)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(pdf ? QStringLiteral("pdf") : QStringLiteral("txt"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    QString error;
    const bool written = pdf ? DraftExport::writePdf(draft, path, m_session->path(), &error)
                             : DraftExport::writeText(draft, path, m_session->path(), &error);
    if (!written)
        QMessageBox::warning(this, tr("Export Draft"), tr("The draft was not written.\n\n%1").arg(error));
}

} // namespace careerplanner
