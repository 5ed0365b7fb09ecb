#pragma once

#include "core/promotion/PromotionCase.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace careerplanner {

class CaseCriterionModel;
class CaseEvidenceModel;
class EmptyStateStack;
class PlanSession;
class StepsToComeBox;

// The promotion case of a step of the path, the next one first: each thing the target level
// asks with the evidence that meets it or a gap and what to add, the evidence to tick in or
// out and put in order, the skills against the level, and the case as PDF or Markdown.
class PromotionCasePage final : public QWidget
{
    Q_OBJECT

public:
    explicit PromotionCasePage(PlanSession *session, QWidget *parent = nullptr);

    // Writes the case as PDF (the report's own pages, set by the window).
    using PdfWriter = std::function<bool(const PromotionCase &promotionCase, const QString &path, QString *error)>;
    void setPdfWriter(PdfWriter write)
    {
        m_writePdf = std::move(write);
        updateButtons();
    }
    void exportCase(bool pdf);

private:
    void fillSteps();
    void rebuild();
    void showCriterion();
    void keepChoice(const QList<CaseEvidence> &evidence, const QList<CaseEvidence> &leftOut);
    void moveEvidence(int by);
    void updateButtons();
    int currentCriterion() const;

    PlanSession *m_session;
    CaseCriterionModel *m_criteria;
    CaseEvidenceModel *m_evidence;
    EmptyStateStack *m_stack;
    StepsToComeBox *m_step;
    QLabel *m_summary;
    QTableView *m_criteriaTable;
    QLabel *m_criterion;
    QTableView *m_evidenceTable;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_skills;
    QPushButton *m_exportPdf;
    QPushButton *m_exportMarkdown;
    PdfWriter m_writePdf;
};

} // namespace careerplanner
