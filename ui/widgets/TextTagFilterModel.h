#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

namespace careerplanner {

// Keeps the rows whose search text has every word typed (any order, any case) and, when a
// tag is chosen, that carry the tag, and any facets chosen. Used for stories, goals and
// questions alike.
class TextTagFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    TextTagFilterModel(int searchRole, int tagsRole, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setTag(const QString &key); // empty: any
    // Keeps only the rows whose role (a text or a list of them) has value; empty: any.
    void setFacet(int role, const QString &value);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_searchRole;
    int m_tagsRole;
    QStringList m_words;
    QString m_tag;
    QHash<int, QString> m_facets;
};

} // namespace careerplanner
