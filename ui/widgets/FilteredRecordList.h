#pragma once

#include <QString>
#include <QWidget>

#include <utility>

class QAbstractItemModel;
class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QTableView;

namespace careerplanner {

class TextTagFilterModel;
struct Skill;

// A list of the plan's records to search and filter by a skill or principle: a search
// field, a tag filter, the table, and Add, Edit and Remove below it (Edit and Remove only
// with a record chosen). The goals and the story bank are both one of these; the panel
// around it does the editing and shows the chosen record.
class FilteredRecordList final : public QWidget
{
    Q_OBJECT

public:
    // What differs from one list to another: object names (name + "Search", "Table", ...,
    // as the tests and accessibility find them) and the words the user sees.
    struct Words
    {
        QString name; // "goal": goalSearch, goalTable, addGoal, editGoal, removeGoal
        QString tagFilter; // the filter's object name
        QString searchPlaceholder;
        QString tableName; // accessible name
        QString addText; // "&Add Goal…"
        QString anyTag; // the filter's first entry, "All skills"; empty: no tag filter
    };

    FilteredRecordList(QAbstractItemModel *records, int searchRole, int tagsRole, const Words &words,
                       QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // The chosen record as a row of the source model, or -1.
    int currentRecord() const;
    void selectRecord(int sourceRow); // shown only if the filters let it through
    void clearFilters();
    QString tag() const; // the skill or principle filtered on; empty for any
    void chooseTagNamed(const QString &name); // filters on the skill or principle called name
    // The filter's entries: any, then each skill and principle, keeping the choice.
    void fillTags(const QList<Skill> &skills);
    // Another filter beside the tags: a choice of anyText, then each (name, value) of
    // choices, keeping the rows whose role has the value.
    QComboBox *addFacet(const QString &objectName, const QString &anyText, int role,
                        const QList<std::pair<QString, QString>> &choices);
    // A button beside Add, Edit and Remove, enabled like Edit is.
    void addRecordButton(QPushButton *button);
    // A button beside them for the whole list, always enabled.
    void addListButton(QPushButton *button);
    // Something to show beneath the table, in a splitter with it (a story's text).
    void setDetails(QWidget *details);

Q_SIGNALS:
    void currentChanged(); // the chosen record, or the list under it, changed
    void addRequested();
    void editRequested();
    void removeRequested();

private:
    void updateButtons();

    TextTagFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_tags;
    QTableView *m_table;
    QHBoxLayout *m_filters;
    QHBoxLayout *m_buttons;
    QList<QComboBox *> m_facets;
    QList<QPushButton *> m_recordButtons; // enabled only with a record chosen
    QString m_anyTag;
};

} // namespace careerplanner
