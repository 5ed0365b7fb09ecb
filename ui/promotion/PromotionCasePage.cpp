#include "ui/promotion/PromotionCasePage.h"

#include "core/base/DateText.h"
#include "core/plan/PlanSession.h"
#include "core/promotion/PromotionCaseMarkdown.h"
#include "core/skills/SkillCsv.h"
#include "core/storage/OutputFile.h"
#include "ui/promotion/CaseCriterionModel.h"
#include "ui/promotion/CaseEvidenceModel.h"
#include "ui/widgets/CheckedEdit.h"
#include "ui/widgets/EmptyStateStack.h"
#include "ui/widgets/PageRefresh.h"
#include "ui/widgets/RecordTable.h"
#include "ui/widgets/StepsToComeBox.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace careerplanner {

PromotionCasePage::PromotionCasePage(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_criteria(new CaseCriterionModel(this))
    , m_evidence(new CaseEvidenceModel(this))
    , m_step(new StepsToComeBox(this))
    , m_summary(new QLabel(this))
    , m_criteriaTable(new QTableView(this))
    , m_criterion(new QLabel(this))
    , m_evidenceTable(new QTableView(this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move &Down"), this))
    , m_skills(new QLabel(this))
    , m_exportPdf(new QPushButton(tr("Export &PDF…"), this))
    , m_exportMarkdown(new QPushButton(tr("Export &Markdown…"), this))
{
    m_step->setObjectName(QStringLiteral("caseStep"));
    m_summary->setObjectName(QStringLiteral("caseSummary"));
    m_summary->setWordWrap(true);
    m_criteriaTable->setObjectName(QStringLiteral("caseCriteria"));
    m_criteriaTable->setAccessibleName(tr("What the level asks"));
    m_criteriaTable->setModel(m_criteria);
    RecordTable::configure(m_criteriaTable, CaseCriterionModel::CriterionColumn);
    m_criteriaTable->setWordWrap(false);
    m_criterion->setObjectName(QStringLiteral("caseCriterion"));
    m_criterion->setWordWrap(true);
    m_criterion->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidenceTable->setObjectName(QStringLiteral("caseEvidence"));
    m_evidenceTable->setAccessibleName(tr("Evidence for the criterion"));
    m_evidenceTable->setModel(m_evidence);
    RecordTable::configure(m_evidenceTable, CaseEvidenceModel::TitleColumn);
    m_up->setObjectName(QStringLiteral("caseEvidenceUp"));
    m_down->setObjectName(QStringLiteral("caseEvidenceDown"));
    m_skills->setObjectName(QStringLiteral("caseSkills"));
    m_skills->setWordWrap(true);
    m_exportPdf->setObjectName(QStringLiteral("exportCasePdf"));
    m_exportMarkdown->setObjectName(QStringLiteral("exportCaseMarkdown"));

    auto *stepLabel = new QLabel(tr("Case &for:"), this);
    stepLabel->setBuddy(m_step);
    auto *top = new QHBoxLayout;
    top->addWidget(stepLabel);
    top->addWidget(m_step);
    top->addWidget(m_summary, 1);
    top->addWidget(m_exportPdf);
    top->addWidget(m_exportMarkdown);
    auto *order = new QHBoxLayout;
    order->addWidget(new QLabel(tr("Tick what goes in; the case lists it in this order."), this), 1);
    order->addWidget(m_up);
    order->addWidget(m_down);
    auto *chosen = new QWidget(this);
    auto *chosenLayout = new QVBoxLayout(chosen);
    chosenLayout->setContentsMargins(0, 0, 0, 0);
    chosenLayout->addWidget(m_criterion);
    chosenLayout->addWidget(m_evidenceTable, 1);
    chosenLayout->addLayout(order);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_criteriaTable);
    splitter->addWidget(chosen);
    splitter->setSizes({ 460, 540 });
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(top);
    contentLayout->addWidget(splitter, 1);
    contentLayout->addWidget(m_skills);
    m_stack = new EmptyStateStack(content, tr("Go to &My Path"), this);
    m_stack->setObjectName(QStringLiteral("caseEmpty"));
    m_stack->setGuideSection(QStringLiteral("Career conversations and the promotion case"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_step, &QComboBox::currentIndexChanged, this, &PromotionCasePage::rebuild);
    connect(m_criteriaTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PromotionCasePage::showCriterion);
    connect(m_evidenceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PromotionCasePage::updateButtons);
    connect(m_evidence, &CaseEvidenceModel::choiceMade, this, &PromotionCasePage::keepChoice);
    connect(m_up, &QPushButton::clicked, this, [this] { moveEvidence(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveEvidence(1); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportCase(true); });
    connect(m_exportMarkdown, &QPushButton::clicked, this, [this] { exportCase(false); });
    new PageRefresh(session, AllPlanParts, this, [this](PlanParts) {
        fillSteps();
        rebuild();
    });
    fillSteps();
    rebuild();
}

void PromotionCasePage::fillSteps()
{
    m_step->refill(m_session->pathStore());
}

int PromotionCasePage::currentCriterion() const
{
    // The current row, which a click moves before the selection follows.
    return m_criteriaTable->currentIndex().row();
}

void PromotionCasePage::rebuild()
{
    const int criterion = currentCriterion();
    const PromotionCase promotionCase
        = m_step->count() == 0 ? PromotionCase() : m_session->promotionCaseStore().caseFor(m_step->step());
    if (promotionCase.isEmpty()) {
        m_stack->showEmpty(tr("A promotion case needs a promotion ahead on your path. Lay out your path on My path; "
                              "the case then lists what the next level asks, with your milestones, stories and "
                              "feedback as evidence."),
                           false);
        m_criteria->setCase(promotionCase);
        m_evidence->setCriterion(promotionCase, -1);
        return;
    }
    m_stack->showContent();
    m_criteria->setCase(promotionCase);
    const int gaps = promotionCase.gapCount();
    const QString target = promotionCase.targetDate.isValid()
                               ? tr(", aimed for %1").arg(DateText::longDate(promotionCase.targetDate))
                               : QString();
    m_summary->setText(tr("%1 to %2%3: %4 things the level asks, %5 without evidence.")
                           .arg(promotionCase.fromLevel, promotionCase.toLevel, target)
                           .arg(promotionCase.criteria.size())
                           .arg(gaps));
    QStringList skills;
    for (const SkillReadiness::Gap &gap : promotionCase.skills) {
        if (gap.gap() > 0)
            skills.append(tr("%1 %2 of %3")
                              .arg(SkillCsv::skillName(m_session->skillStore().skills(), gap.skillKey))
                              .arg(gap.current)
                              .arg(gap.expected));
    }
    m_skills->setText(
        skills.isEmpty()
            ? tr("<b>Skills:</b> you meet every proficiency %1 expects.").arg(promotionCase.toLevel.toHtmlEscaped())
            : tr("<b>Skills below what %1 expects:</b> %2.")
                  .arg(promotionCase.toLevel.toHtmlEscaped(), skills.join(QStringLiteral("; ")).toHtmlEscaped()));
    m_criteriaTable->selectRow(std::clamp(criterion, 0, int(promotionCase.criteria.size()) - 1));
    showCriterion();
}

void PromotionCasePage::showCriterion()
{
    const int row = currentCriterion();
    const PromotionCase &promotionCase = m_criteria->promotionCase();
    const int evidence = m_evidenceTable->currentIndex().row();
    m_evidence->setCriterion(promotionCase, row);
    if (row < 0) {
        m_criterion->setText(tr("<i>Choose what the level asks to see its evidence.</i>"));
    } else {
        const CaseCriterion &criterion = promotionCase.criteria.at(row);
        QString text = QStringLiteral("<b>%1</b><br><small>%2</small>")
                           .arg(criterion.text.toHtmlEscaped(), criterion.origin.toHtmlEscaped());
        if (criterion.isGap())
            text += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(tr("Gap: no evidence yet."), criterion.suggestion.toHtmlEscaped());
        m_criterion->setText(text);
    }
    if (evidence >= 0 && evidence < m_evidence->rowCount())
        m_evidenceTable->selectRow(evidence);
    updateButtons();
}

void PromotionCasePage::keepChoice(const QList<CaseEvidence> &evidence, const QList<CaseEvidence> &leftOut)
{
    const int row = currentCriterion();
    if (row < 0)
        return;
    const QString criterion = m_criteria->promotionCase().criteria.at(row).text;
    const int step = m_criteria->promotionCase().step;
    CheckedEdit::run(this, tr("Promotion Case"), tr("The choice was not kept."), [&](QString *error) {
        return m_session->promotionCaseStore().setEvidence(step, criterion, evidence, leftOut, error);
    });
}

void PromotionCasePage::moveEvidence(int by)
{
    const int row = m_evidenceTable->currentIndex().row();
    m_evidence->move(row, by);
    const int to = row + by;
    if (row >= 0 && to >= 0 && to < m_evidence->inCount())
        m_evidenceTable->selectRow(to);
}

void PromotionCasePage::updateButtons()
{
    const int row = m_evidenceTable->currentIndex().row();
    m_up->setEnabled(row > 0 && row < m_evidence->inCount());
    m_down->setEnabled(row >= 0 && row + 1 < m_evidence->inCount());
    const bool any = !m_criteria->promotionCase().isEmpty();
    m_exportPdf->setEnabled(any && m_writePdf);
    m_exportMarkdown->setEnabled(any);
}

void PromotionCasePage::exportCase(bool pdf)
{
    const PromotionCase &promotionCase = m_criteria->promotionCase();
    if (promotionCase.isEmpty())
        return;
    const QString suggested = QFileInfo(m_session->path()).absolutePath() + QLatin1Char('/')
                              + tr("Promotion case - %1").arg(promotionCase.toLevel)
                              + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".md"));
    QFileDialog dialog(this, pdf ? tr("Export Promotion Case as PDF") : tr("Export Promotion Case as Markdown"),
                       suggested, pdf ? tr("PDF documents (*.pdf)") : tr("Markdown files (*.md)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(pdf ? QStringLiteral("pdf") : QStringLiteral("md"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    QString error;
    const bool written
        = pdf ? m_writePdf(promotionCase, path, &error)
              : OutputFile::write(
                  path, PromotionCaseMarkdown::write(promotionCase, m_session->skillStore().skills()).toUtf8(),
                  m_session->path(), &error);
    if (!written)
        QMessageBox::warning(this, tr("Export Promotion Case"), tr("The case was not written.\n\n%1").arg(error));
}

} // namespace careerplanner
