#include "ui/stories/StoriesPanel.h"

#include "ui/widgets/CheckedEdit.h"
#include "ui/widgets/PageRefresh.h"
#include "ui/stories/CoverageModel.h"
#include "core/plan/PlanSession.h"
#include "ui/widgets/RecordTable.h"
#include "core/stories/StoryCoverage.h"
#include "ui/stories/StoryDialog.h"
#include "ui/stories/StoryModel.h"
#include "ui/widgets/TextTagFilterModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
    , m_filter(new TextTagFilterModel(StoryModel::SearchRole, StoryModel::TagsRole, this))
    , m_coverage(new CoverageModel(session, this))
    , m_search(new QLineEdit(this))
    , m_tagFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_coverageTable(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    m_filter->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("storySearch"));
    m_search->setPlaceholderText(tr("Search titles, situations, actions, results"));
    m_search->setClearButtonEnabled(true);
    m_tagFilter->setObjectName(QStringLiteral("storyTagFilter"));
    fillTagFilter();
    m_table->setObjectName(QStringLiteral("storyTable"));
    m_table->setAccessibleName(tr("STAR stories"));
    m_table->setModel(m_filter);
    RecordTable::configure(m_table, StoryModel::TitleColumn);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(StoryModel::TagsColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(StoryModel::TagsColumn, 260);
    m_coverageTable->setObjectName(QStringLiteral("coverageTable"));
    m_coverageTable->setAccessibleName(tr("Stories per Leadership Principle"));
    m_coverageTable->setModel(m_coverage);
    RecordTable::configure(m_coverageTable, CoverageModel::PrincipleColumn);
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    m_summary->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add Story…"), this);
    add->setObjectName(QStringLiteral("addStory"));
    m_edit->setObjectName(QStringLiteral("editStory"));
    m_remove->setObjectName(QStringLiteral("removeStory"));

    auto *filters = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_tagFilter, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : { add, m_edit, m_remove })
        buttons->addWidget(button);
    buttons->addStretch();
    auto *stories = new QWidget(this);
    auto *storiesLayout = new QVBoxLayout(stories);
    storiesLayout->setContentsMargins(0, 0, 0, 0);
    storiesLayout->addLayout(filters);
    auto *tableAndDetails = new QSplitter(Qt::Vertical, this);
    tableAndDetails->addWidget(m_table);
    tableAndDetails->addWidget(m_details);
    tableAndDetails->setSizes({ 260, 340 });
    storiesLayout->addWidget(tableAndDetails);
    storiesLayout->addLayout(buttons);
    auto *coverage = new QWidget(this);
    auto *coverageLayout = new QVBoxLayout(coverage);
    coverageLayout->setContentsMargins(0, 0, 0, 0);
    auto *coverageTitle = new QLabel(tr("<b>Leadership Principle coverage</b>"), this);
    coverageLayout->addWidget(coverageTitle);
    coverageLayout->addWidget(m_coverageTable);
    coverageLayout->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(stories);
    splitter->addWidget(coverage);
    splitter->setSizes({ 640, 360 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, m_filter, &TextTagFilterModel::setSearchText);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTag(m_tagFilter->currentData().toString()); });
    connect(add, &QPushButton::clicked, this, &StoriesPanel::addStory);
    connect(m_edit, &QPushButton::clicked, this, &StoriesPanel::editStory);
    connect(m_remove, &QPushButton::clicked, this, &StoriesPanel::removeStory);
    connect(m_table, &QTableView::doubleClicked, this, &StoriesPanel::editStory);
    // Double-clicking a principle shows its stories.
    connect(m_coverageTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString name = m_coverage->index(index.row(), CoverageModel::PrincipleColumn).data().toString();
        m_tagFilter->setCurrentIndex(std::max(0, m_tagFilter->findText(name)));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StoriesPanel::showCurrentStory);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &StoriesPanel::showCurrentStory);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &StoriesPanel::showCurrentStory);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &StoriesPanel::showCurrentStory);
    new PageRefresh(session, PlanPart::Stories, this, [this](PlanParts) { updateSummary(); });
    showCurrentStory();
    updateSummary();
}

void StoriesPanel::fillTagFilter()
{
    m_tagFilter->addItem(tr("Any principle or skill"), QString());
    for (const Skill &skill : m_session->skillStore().skills())
        m_tagFilter->addItem(skill.name, skill.key);
}

void StoriesPanel::updateSummary()
{
    const QList<StoryCoverage::Row> &rows = m_coverage->rows();
    const auto thin
        = std::count_if(rows.cbegin(), rows.cend(), [](const StoryCoverage::Row &row) { return row.thin(); });
    m_summary->setText(thin == 0 ? tr("Every principle has at least %1 stories.").arg(StoryCoverage::Enough)
                                 : tr("%1 of %2 principles have fewer than %3 stories (highlighted): interview loops "
                                      "and bar raisers probe every principle.")
                                       .arg(thin)
                                       .arg(rows.size())
                                       .arg(StoryCoverage::Enough));
}

void StoriesPanel::showCurrentStory()
{
    const int row = currentStory();
    m_edit->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
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

int StoriesPanel::currentStory() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

void StoriesPanel::addStory()
{
    Story blank;
    if (!m_tagFilter->currentData().toString().isEmpty())
        blank.tags.append(m_tagFilter->currentData().toString());
    StoryDialog dialog(blank, m_session->skillStore().skills(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CheckedEdit::run(this, tr("Story Bank"), tr("The story was not added."),
                     [&](QString *error) { return m_session->storyStore().saveStory(dialog.story(), error); });
}

void StoriesPanel::editStory()
{
    const int story = currentStory();
    if (story < 0)
        return;
    StoryDialog dialog(m_session->storyStore().stories().at(story), m_session->skillStore().skills(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CheckedEdit::run(this, tr("Story Bank"), tr("The story was not changed."),
                     [&](QString *error) { return m_session->storyStore().saveStory(dialog.story(), error); });
}

void StoriesPanel::removeStory()
{
    const int story = currentStory();
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
