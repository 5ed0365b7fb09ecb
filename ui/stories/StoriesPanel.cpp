#include "ui/stories/StoriesPanel.h"

#include "ui/widgets/CheckedEdit.h"
#include "ui/widgets/FilteredRecordList.h"
#include "ui/widgets/EmptyStateStack.h"
#include "ui/widgets/PageRefresh.h"
#include "ui/stories/CoverageModel.h"
#include "core/plan/PlanSession.h"
#include "ui/widgets/RecordTable.h"
#include "core/stories/StoryCoverage.h"
#include "ui/stories/StoryDialog.h"
#include "ui/stories/StoryModel.h"
#include "ui/stories/ResumeLinesDialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace careerplanner {

StoriesPanel::StoriesPanel(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new StoryModel(session, this))
    , m_coverage(new CoverageModel(session, this))
    , m_list(new FilteredRecordList(m_model, StoryModel::SearchRole, StoryModel::TagsRole,
                                    { QStringLiteral("story"), QStringLiteral("storyTagFilter"),
                                      tr("Search titles, situations, actions, results"), tr("STAR stories"),
                                      tr("&Add Story…"), tr("Any principle or skill") },
                                    this))
    , m_coverageTable(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_details(new QTextBrowser(this))
{
    m_list->fillTags(session->skillStore().skills());
    QTableView *table = m_list->table();
    RecordTable::configure(table, StoryModel::TitleColumn);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(StoryModel::TagsColumn, QHeaderView::Interactive);
    table->setColumnWidth(StoryModel::TagsColumn, 260);
    m_list->setDetails(m_details);
    auto *resume = new QPushButton(tr("Résumé &Lines…"), this);
    resume->setObjectName(QStringLiteral("resumeLinesButton"));
    resume->setToolTip(tr("Each story's outcome as a one-line résumé bullet, the measurable ones first."));
    m_list->addListButton(resume);
    connect(resume, &QPushButton::clicked, this, [this] {
        ResumeLinesDialog dialog(m_session->storyStore().stories(), m_session->path(), this);
        dialog.exec();
    });
    m_coverageTable->setObjectName(QStringLiteral("coverageTable"));
    m_coverageTable->setAccessibleName(tr("Stories per Leadership Principle"));
    m_coverageTable->setModel(m_coverage);
    RecordTable::configure(m_coverageTable, CoverageModel::PrincipleColumn);
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    m_summary->setWordWrap(true);

    auto *coverage = new QWidget(this);
    auto *coverageLayout = new QVBoxLayout(coverage);
    coverageLayout->setContentsMargins(0, 0, 0, 0);
    auto *coverageTitle = new QLabel(tr("<b>Leadership Principle coverage</b>"), this);
    coverageLayout->addWidget(coverageTitle);
    coverageLayout->addWidget(m_coverageTable);
    coverageLayout->addWidget(m_summary);
    auto *stories = new EmptyStateStack(m_list, tr("&Write a First Story…"), this);
    stories->setObjectName(QStringLiteral("storiesEmpty"));
    stories->setGuideSection(QStringLiteral("Skills & stories"));
    stories->followRows(m_model, tr("Your STAR stories (situation, task, action, result), each tagged with the "
                                    "Leadership Principles and skills it shows, for interviews and promotion cases. "
                                    "Write a first story about a result you are proud of."));
    connect(stories->firstStepButton(), &QPushButton::clicked, this, &StoriesPanel::addStory);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(stories);
    splitter->addWidget(coverage);
    splitter->setSizes({ 640, 360 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &FilteredRecordList::addRequested, this, &StoriesPanel::addStory);
    connect(m_list, &FilteredRecordList::editRequested, this, &StoriesPanel::editStory);
    connect(m_list, &FilteredRecordList::removeRequested, this, &StoriesPanel::removeStory);
    connect(m_list, &FilteredRecordList::currentChanged, this, &StoriesPanel::showCurrentStory);
    // Double-clicking a principle shows its stories.
    connect(m_coverageTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString name = m_coverage->index(index.row(), CoverageModel::PrincipleColumn).data().toString();
        m_list->chooseTagNamed(name);
    });
    new PageRefresh(session, PlanPart::Stories | PlanPart::Conversations, this, [this](PlanParts) { updateSummary(); });
    showCurrentStory();
    updateSummary();
}

void StoriesPanel::updateSummary()
{
    const QList<StoryCoverage::Row> &rows = m_coverage->rows();
    const auto thin
        = std::count_if(rows.cbegin(), rows.cend(), [](const StoryCoverage::Row &row) { return row.thin(); });
    const auto bare
        = std::count_if(rows.cbegin(), rows.cend(), [](const StoryCoverage::Row &row) { return row.evidence() == 0; });
    QString text = thin == 0 ? tr("Every principle has at least %1 stories.").arg(StoryCoverage::Enough)
                             : tr("%1 of %2 principles have fewer than %3 stories (highlighted): interview loops "
                                  "and bar raisers probe every principle.")
                                   .arg(thin)
                                   .arg(rows.size())
                                   .arg(StoryCoverage::Enough);
    if (bare > 0)
        text += QLatin1Char(' ')
                + (bare == 1 ? tr("1 has no evidence at all, neither a story nor feedback.")
                             : tr("%1 have no evidence at all, neither a story nor feedback.").arg(bare));
    m_summary->setText(text);
}

void StoriesPanel::showCurrentStory()
{
    const int row = m_list->currentRecord();
    if (row < 0) {
        m_details->setHtml(tr("<i>Choose a story to read it.</i>"));
        return;
    }
    const Story &story = m_session->storyStore().stories().at(row);
    QString html = QStringLiteral("<h3>%1</h3>").arg(story.title.toHtmlEscaped());
    const std::pair<QString, QString> parts[] = { { tr("Situation"), story.situation },
                                                  { tr("Task"), story.task },
                                                  { tr("Action"), story.action },
                                                  { tr("Result"), story.result },
                                                  { tr("Measurable outcomes"), story.outcomes } };
    for (const auto &[heading, text] : parts) {
        if (!text.trimmed().isEmpty())
            html += QStringLiteral("<p><b>%1.</b> %2</p>")
                        .arg(heading, text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    m_details->setHtml(html);
}

void StoriesPanel::addStory()
{
    Story blank;
    if (!m_list->tag().isEmpty())
        blank.tags.append(m_list->tag());
    StoryDialog dialog(blank, m_session->skillStore().skills(), m_session->pathStore().ladderStart(), this);
    dialog.execAndSave([&](QString *error) { return m_session->storyStore().saveStory(dialog.story(), error); });
}

void StoriesPanel::editStory()
{
    const int story = m_list->currentRecord();
    if (story < 0)
        return;
    StoryDialog dialog(m_session->storyStore().stories().at(story), m_session->skillStore().skills(),
                       m_session->pathStore().ladderStart(), this);
    dialog.execAndSave([&](QString *error) { return m_session->storyStore().saveStory(dialog.story(), error); });
}

void StoriesPanel::removeStory()
{
    const int story = m_list->currentRecord();
    if (story < 0)
        return;
    if (QMessageBox::question(this, tr("Remove Story"),
                              tr("Remove the story “%1”?").arg(m_session->storyStore().stories().at(story).title))
        != QMessageBox::Yes)
        return;
    CheckedEdit::run(this, tr("Story Bank"), tr("The story was not removed."),
                     [&](QString *error) { return m_session->storyStore().removeStory(story, error); });
}

} // namespace careerplanner
