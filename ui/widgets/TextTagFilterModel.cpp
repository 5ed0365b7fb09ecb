#include "ui/widgets/TextTagFilterModel.h"

namespace careerplanner {

TextTagFilterModel::TextTagFilterModel(int searchRole, int tagsRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_searchRole(searchRole)
    , m_tagsRole(tagsRole)
{
}

void TextTagFilterModel::setSearchText(const QString &text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void TextTagFilterModel::setTag(const QString &key)
{
    m_tag = key;
    invalidateRowsFilter();
}

void TextTagFilterModel::setFacet(int role, const QString &value)
{
    if (value.isEmpty())
        m_facets.remove(role);
    else
        m_facets.insert(role, value);
    invalidateRowsFilter();
}

bool TextTagFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_tag.isEmpty() && !index.data(m_tagsRole).toStringList().contains(m_tag))
        return false;
    for (auto facet = m_facets.cbegin(); facet != m_facets.cend(); ++facet) {
        if (!index.data(facet.key()).toStringList().contains(facet.value()))
            return false;
    }
    const QString text = index.data(m_searchRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&text](const QString &word) { return text.contains(word, Qt::CaseInsensitive); });
}

} // namespace careerplanner
