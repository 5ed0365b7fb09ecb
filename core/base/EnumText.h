#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstddef>
#include <optional>

namespace careerplanner {

// An enumeration's values with the key the plan file keeps and the name the user reads
// (marked with QT_TRANSLATE_NOOP in context), in one table per enumeration.
template<typename Enum> struct EnumText
{
    Enum value;
    const char *key;
    const char *name;
};

namespace enumtext {

template<typename Enum, std::size_t N> QList<Enum> values(const EnumText<Enum> (&table)[N])
{
    QList<Enum> all;
    for (const EnumText<Enum> &row : table)
        all.append(row.value);
    return all;
}

template<typename Enum, std::size_t N> const EnumText<Enum> *find(const EnumText<Enum> (&table)[N], Enum value)
{
    for (const EnumText<Enum> &row : table) {
        if (row.value == value)
            return &row;
    }
    return nullptr;
}

template<typename Enum, std::size_t N> QString key(const EnumText<Enum> (&table)[N], Enum value)
{
    const EnumText<Enum> *row = find(table, value);
    return row ? QLatin1String(row->key) : QString();
}

template<typename Enum, std::size_t N> QString name(const char *context, const EnumText<Enum> (&table)[N], Enum value)
{
    const EnumText<Enum> *row = find(table, value);
    return row ? QCoreApplication::translate(context, row->name) : QString();
}

template<typename Enum, std::size_t N> std::optional<Enum> fromKey(const EnumText<Enum> (&table)[N], const QString &key)
{
    for (const EnumText<Enum> &row : table) {
        if (key == QLatin1String(row.key))
            return row.value;
    }
    return std::nullopt;
}

} // namespace enumtext

} // namespace careerplanner
