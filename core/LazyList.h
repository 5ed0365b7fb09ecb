#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <functional>

namespace careerplanner {

// A list of the plan's records read from the file the first time it is asked for: the
// pages that show the numerous ones (milestones, check-ins, stories) are made when first
// shown, so a large plan opens without reading them. A read that fails leaves the list
// empty, never partly filled (an edit would save the part back), and is tried again.
template<typename T>
class LazyList
{
public:
    using Reader = std::function<bool(QList<T> *list, QString *error)>;

    LazyList(Reader read, const char *what)
        : m_read(std::move(read))
        , m_what(what)
    {
    }

    // The list, read now if it was not; empty, with a warning, if it cannot be read.
    QList<T> &get()
    {
        QString error;
        if (!m_isRead && !reread(&error))
            qWarning("The plan's %s could not be read: %s", m_what, qPrintable(error));
        return m_list;
    }
    // Reads it again, as after an edit that changes more than one item.
    bool reread(QString *error)
    {
        m_isRead = m_read(&m_list, error);
        if (!m_isRead)
            m_list.clear();
        return m_isRead;
    }
    // To be read again when next asked for (after the file changed under it).
    void forget()
    {
        m_list.clear();
        m_isRead = false;
    }

private:
    Reader m_read;
    const char *m_what;
    QList<T> m_list;
    bool m_isRead = false;
};

} // namespace careerplanner
