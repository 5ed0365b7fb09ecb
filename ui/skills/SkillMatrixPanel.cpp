#include "ui/skills/SkillMatrixPanel.h"

#include "ui/widgets/PageRefresh.h"
#include "ui/widgets/Appearance.h"
#include "core/plan/PlanSession.h"
#include "ui/skills/SkillMatrixModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace careerplanner {

SkillMatrixPanel::SkillMatrixPanel(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SkillMatrixModel(session, this))
    , m_ladder(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
{
    m_ladder->setObjectName(QStringLiteral("matrixLadder"));
    m_table->setObjectName(QStringLiteral("skillMatrix"));
    m_table->setAccessibleName(tr("Expected proficiency per level and skill"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(70);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_message->setObjectName(QStringLiteral("matrixMessage"));
    m_message->setWordWrap(true);
    auto *explanation = new QLabel(
        tr("Proficiency each level expects, 1 (learning) to 5 (sets the bar for others). The defaults are reasoned "
           "from the guides' level descriptions (see data/skill-matrix.md); type a number to change one."),
        this);
    explanation->setWordWrap(true);

    auto *top = new QHBoxLayout;
    auto *ladderLabel = new QLabel(tr("&Ladder:"), this);
    ladderLabel->setBuddy(m_ladder);
    top->addWidget(ladderLabel);
    top->addWidget(m_ladder, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_ladder, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_message->clear();
        m_model->setLadder(index);
    });
    connect(m_model, &SkillMatrixModel::editRefused, this, [this](const QString &reason) {
        m_message->setStyleSheet(Appearance::errorStyleSheet());
        m_message->setText(reason);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, m_message, &QLabel::clear);
    new PageRefresh(session, PlanPart::Ladders, this, [this](PlanParts) { fillLadders(); });
    fillLadders();
}

void SkillMatrixPanel::fillLadders()
{
    const QString chosen = m_ladder->currentText();
    {
        const QSignalBlocker blocker(m_ladder);
        m_ladder->clear();
        for (const CareerLadder &ladder : m_session->ladderStore().ladders())
            m_ladder->addItem(ladder.name);
        m_ladder->setCurrentIndex(std::max(0, m_ladder->findText(chosen)));
    }
    m_model->setLadder(m_ladder->currentIndex());
}

} // namespace careerplanner
