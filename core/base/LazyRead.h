#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>

namespace careerplanner {

// Some of the plan's records (a list, the skill matrix) read from the file the first time
// they are asked for: the pages that show the numerous ones (milestones, check-ins, stories,
// expectations) are made when first shown, so a large plan opens without reading them. A
// read that fails leaves them empty, never partly read (an edit would save the part back),
// and is tried again.
template<typename Value> class LazyRead
{
public:
    using Reader = std::function<bool(Value *value, QString *error)>;

    LazyRead(Reader read, const char *what)
        : m_read(std::move(read))
        , m_what(what)
    {
    }

    // The records, read now if they were not; empty, with a warning, if they cannot be.
    Value &get()
    {
        QString error;
        if (!m_isRead && !reread(&error))
            qWarning("The plan's %s could not be read: %s", m_what, qPrintable(error));
        return m_value;
    }
    // Reads it again, as after an edit that changes more than one item.
    bool reread(QString *error)
    {
        m_isRead = m_read(&m_value, error);
        if (!m_isRead)
            m_value = Value();
        return m_isRead;
    }
    bool isRead() const { return m_isRead; }
    // To be read again when next asked for (after the file changed under it).
    void forget()
    {
        m_value = Value();
        m_isRead = false;
    }

private:
    Reader m_read;
    const char *m_what;
    Value m_value;
    bool m_isRead = false;
};

} // namespace careerplanner
