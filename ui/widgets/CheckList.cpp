#include "ui/widgets/CheckList.h"

#include <QStandardItemModel>
#include <QStyle>

namespace careerplanner {

CheckList::CheckList(const QString &objectName, QWidget *parent)
    : QListView(parent)
    , m_choices(new QStandardItemModel(this))
{
    setObjectName(objectName);
    setModel(m_choices);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_choices, &QStandardItemModel::itemChanged, this, &CheckList::checksChanged);
}

void CheckList::addChoice(const QString &name, const QString &key, bool checked, const QString &toolTip)
{
    auto *item = new QStandardItem(name);
    item->setData(key, Qt::UserRole);
    item->setToolTip(toolTip);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    m_choices->appendRow(item);
}

void CheckList::addSkills(const QList<Skill> &skills, Skill::Kind kind, const QStringList &checked)
{
    for (const Skill &skill : skills) {
        if (skill.kind == kind)
            addChoice(skill.name, skill.key, checked.contains(skill.key), skill.description);
    }
    fitWidth();
}

QStringList CheckList::checkedKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_choices->rowCount(); ++row) {
        if (m_choices->item(row)->checkState() == Qt::Checked)
            keys.append(m_choices->item(row)->data(Qt::UserRole).toString());
    }
    return keys;
}

void CheckList::fitWidth()
{
    setMinimumWidth(sizeHintForColumn(0) + 2 * frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent));
}

} // namespace careerplanner
