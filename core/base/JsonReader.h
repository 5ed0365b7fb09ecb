#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace careerplanner {

// Strict reading of one JSON object: every key must be known, every value of the right
// type. The first problem is kept with its place ("ladders[1].levels[2].title") so that
// an import can say exactly what is wrong.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, const QString &path, QString *error);

    bool ok() const { return m_error->isEmpty(); }
    QString path() const { return m_path; }

    QString string(const QString &key, bool required = false);
    // An ISO date ("2026-03-01"); a null date when absent and not required.
    QDate date(const QString &key, bool required = false);
    // The form date() reads: ISO text, or JSON null for a null date.
    static QJsonValue dateToJson(const QDate &date);
    // Puts a date under key, or nothing when it is null (an optional date is left out).
    static void insertDate(QJsonObject &object, const QString &key, const QDate &date);
    bool boolean(const QString &key);
    std::optional<qint64> integer(const QString &key, qint64 minimum, qint64 maximum, bool required = false);
    QStringList strings(const QString &key);
    QJsonArray array(const QString &key);
    std::optional<QJsonObject> object(const QString &key);
    // Calls each(object, path) for every element of the array at key, with its place
    // ("ladders[1].levels[2]"), and stops at the first element that is not an object or
    // at the first problem reported.
    template<typename Each> void forEachObject(const QString &key, Each each)
    {
        const QJsonArray items = array(key);
        const QString prefix = m_path.isEmpty() ? key : QStringLiteral("%1.%2").arg(m_path, key);
        for (int i = 0; i < items.size() && ok(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(prefix).arg(i);
            if (!items.at(i).isObject()) {
                JsonReader(QJsonObject(), itemPath, m_error).fail(QStringLiteral("must be an object"));
                return;
            }
            each(items.at(i).toObject(), itemPath);
        }
    }
    // Fails if the object has keys that were never asked for.
    bool finish();

    void fail(const QString &message);

private:
    QJsonValue take(const QString &key);

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    QStringList m_seen;
};

} // namespace careerplanner
