#include "core/base/JsonReader.h"

#include <QCoreApplication>

#include <cmath>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonReader", text);
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, const QString &path, QString *error)
    : m_object(object)
    , m_path(path)
    , m_error(error)
{
}

void JsonReader::fail(const QString &message)
{
    if (m_error->isEmpty())
        *m_error = m_path.isEmpty() ? message : QStringLiteral("%1: %2").arg(m_path, message);
}

QJsonValue JsonReader::take(const QString &key)
{
    m_seen.append(key);
    return m_object.value(key);
}

QString JsonReader::string(const QString &key, bool required)
{
    const QJsonValue value = take(key);
    if (value.isUndefined() && !required)
        return {};
    if (!value.isString()) {
        fail(tr("“%1” must be text").arg(key));
        return {};
    }
    return value.toString();
}

QDate JsonReader::date(const QString &key, bool required)
{
    const QString text = string(key, required);
    if (text.isEmpty())
        return {};
    const QDate value = QDate::fromString(text, Qt::ISODate);
    if (!value.isValid())
        fail(QStringLiteral("“%1” must be a date such as 2026-03-01").arg(key));
    return value;
}

QJsonValue JsonReader::dateToJson(const QDate &date)
{
    return date.isNull() ? QJsonValue() : QJsonValue(date.toString(Qt::ISODate));
}

void JsonReader::insertDate(QJsonObject &object, const QString &key, const QDate &date)
{
    if (date.isValid())
        object.insert(key, dateToJson(date));
}

bool JsonReader::boolean(const QString &key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return false;
    if (!value.isBool())
        fail(tr("“%1” must be true or false").arg(key));
    return value.toBool();
}

std::optional<qint64> JsonReader::integer(const QString &key, qint64 minimum, qint64 maximum, bool required)
{
    const QJsonValue value = take(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(tr("“%1” is missing").arg(key));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number) {
        fail(tr("“%1” must be a whole number").arg(key));
        return std::nullopt;
    }
    if (number < static_cast<double>(minimum) || number > static_cast<double>(maximum)) {
        fail(tr("“%1” must be between %2 and %3").arg(key).arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

QStringList JsonReader::strings(const QString &key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return {};
    QStringList result;
    if (!value.isArray()) {
        fail(tr("“%1” must be a list of texts").arg(key));
        return result;
    }
    for (const QJsonValue item : value.toArray()) {
        if (!item.isString()) {
            fail(tr("“%1” must be a list of texts").arg(key));
            return {};
        }
        result.append(item.toString());
    }
    return result;
}

QJsonArray JsonReader::array(const QString &key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        fail(tr("“%1” must be a list").arg(key));
    return value.toArray();
}

std::optional<QJsonObject> JsonReader::object(const QString &key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject()) {
        fail(tr("“%1” must be an object").arg(key));
        return std::nullopt;
    }
    return value.toObject();
}

bool JsonReader::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key())) {
            fail(tr("unknown key “%1”").arg(it.key()));
            break;
        }
    }
    return ok();
}

} // namespace careerplanner
