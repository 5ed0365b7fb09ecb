#pragma once

#include <QSortFilterProxyModel>

namespace careerplanner {

// Keeps the rows whose search text has every word typed (any order, any case) and, when a
// tag is chosen, that carry the tag. Used for stories and goals alike.
class TextTagFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    TextTagFilterModel(int searchRole, int tagsRole, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setTag(const QString &key); // empty: any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_searchRole;
    int m_tagsRole;
    QStringList m_words;
    QString m_tag;
};

} // namespace careerplanner
