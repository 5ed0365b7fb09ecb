#include "ui/widgets/FilteredRecordList.h"

#include "core/skills/Skill.h"
#include "ui/widgets/TextTagFilterModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace careerplanner {

namespace {

QString capitalised(const QString &name)
{
    return name.left(1).toUpper() + name.mid(1);
}

} // namespace

FilteredRecordList::FilteredRecordList(QAbstractItemModel *records, int searchRole, int tagsRole, const Words &words,
                                       QWidget *parent)
    : QWidget(parent)
    , m_filter(new TextTagFilterModel(searchRole, tagsRole, this))
    , m_search(new QLineEdit(this))
    , m_tags(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_filters(new QHBoxLayout)
    , m_buttons(new QHBoxLayout)
    , m_anyTag(words.anyTag)
{
    m_filter->setSourceModel(records);
    m_search->setObjectName(words.name + QStringLiteral("Search"));
    m_search->setPlaceholderText(words.searchPlaceholder);
    m_search->setClearButtonEnabled(true);
    m_tags->setObjectName(words.tagFilter);
    m_table->setObjectName(words.name + QStringLiteral("Table"));
    m_table->setAccessibleName(words.tableName);
    m_table->setModel(m_filter);
    auto *add = new QPushButton(words.addText, this);
    auto *edit = new QPushButton(tr("&Edit…"), this);
    auto *remove = new QPushButton(tr("Re&move"), this);
    add->setObjectName(QStringLiteral("add") + capitalised(words.name));
    edit->setObjectName(QStringLiteral("edit") + capitalised(words.name));
    remove->setObjectName(QStringLiteral("remove") + capitalised(words.name));
    m_recordButtons = { edit, remove };

    QHBoxLayout *filters = m_filters;
    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_tags, 1);
    m_tags->setVisible(!words.anyTag.isEmpty()); // a list without tags has no tag filter
    for (QPushButton *button : { add, edit, remove })
        m_buttons->addWidget(button);
    m_buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    layout->addLayout(m_buttons);

    connect(m_search, &QLineEdit::textChanged, m_filter, &TextTagFilterModel::setSearchText);
    connect(m_tags, &QComboBox::currentIndexChanged, this, [this] { m_filter->setTag(tag()); });
    connect(add, &QPushButton::clicked, this, &FilteredRecordList::addRequested);
    connect(edit, &QPushButton::clicked, this, &FilteredRecordList::editRequested);
    connect(remove, &QPushButton::clicked, this, &FilteredRecordList::removeRequested);
    connect(m_table, &QTableView::doubleClicked, this, &FilteredRecordList::editRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FilteredRecordList::currentChanged);
    // The rows under the selection change too: after an edit, a filter, a removal.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &FilteredRecordList::currentChanged);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &FilteredRecordList::currentChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &FilteredRecordList::currentChanged);
    connect(this, &FilteredRecordList::currentChanged, this, &FilteredRecordList::updateButtons);
    updateButtons();
}

int FilteredRecordList::currentRecord() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

void FilteredRecordList::selectRecord(int sourceRow)
{
    const QModelIndex index = m_filter->mapFromSource(m_filter->sourceModel()->index(sourceRow, 0));
    if (index.isValid())
        m_table->selectRow(index.row());
}

void FilteredRecordList::clearFilters()
{
    m_search->clear();
    m_tags->setCurrentIndex(0);
    for (QComboBox *facet : std::as_const(m_facets))
        facet->setCurrentIndex(0);
}

QString FilteredRecordList::tag() const
{
    return m_tags->currentData().toString();
}

void FilteredRecordList::chooseTagNamed(const QString &name)
{
    m_tags->setCurrentIndex(std::max(0, m_tags->findText(name)));
}

void FilteredRecordList::fillTags(const QList<Skill> &skills)
{
    const QString chosen = tag();
    const QSignalBlocker blocker(m_tags);
    m_tags->clear();
    m_tags->addItem(m_anyTag, QString());
    for (const Skill &skill : skills)
        m_tags->addItem(skill.name, skill.key);
    m_tags->setCurrentIndex(std::max(0, m_tags->findData(chosen)));
}

QComboBox *FilteredRecordList::addFacet(const QString &objectName, const QString &anyText, int role,
                                        const QList<std::pair<QString, QString>> &choices)
{
    auto *facet = new QComboBox(this);
    facet->setObjectName(objectName);
    facet->setAccessibleName(anyText);
    facet->addItem(anyText, QString());
    for (const auto &[name, value] : choices)
        facet->addItem(name, value);
    m_filters->addWidget(facet, 1);
    m_facets.append(facet);
    connect(facet, &QComboBox::currentIndexChanged, this,
            [this, facet, role] { m_filter->setFacet(role, facet->currentData().toString()); });
    return facet;
}

void FilteredRecordList::addRecordButton(QPushButton *button)
{
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    m_recordButtons.append(button);
    updateButtons();
}

void FilteredRecordList::addListButton(QPushButton *button)
{
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

void FilteredRecordList::setDetails(QWidget *details)
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    delete layout->replaceWidget(m_table, splitter); // the table's old layout item is ours to delete
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setSizes({ 260, 340 });
}

void FilteredRecordList::updateButtons()
{
    const bool chosen = currentRecord() >= 0;
    for (QPushButton *button : std::as_const(m_recordButtons))
        button->setEnabled(chosen);
}

} // namespace careerplanner
