#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace careerplanner {

class DraftModel;
class PlanSession;

// The writing assessment: drafts of the one-page exercise, each started from a template of
// the guides' advice or a blank page, with a word count and an estimate in pages, kept
// with their date and exported as PDF or plain text.
class WritingPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit WritingPanel(PlanSession *session, QWidget *parent = nullptr);

    void newDraft(const QString &templateKey); // empty: a blank page
    bool saveDraft(); // the draft being written; true when nothing is left unsaved

private:
    int currentDraft() const; // -1 when none is chosen
    void showCurrentDraft();
    void updateCount();
    void removeDraft();
    void exportDraft(bool pdf);

    PlanSession *m_session;
    DraftModel *m_model;
    QTableView *m_table;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QLabel *m_count;
    QLabel *m_advice;
    QPushButton *m_save;
    QList<QPushButton *> m_draftButtons; // enabled only with a draft chosen
    qint64 m_shownId = 0; // the draft in the editor
    bool m_dirty = false;
};

} // namespace careerplanner
