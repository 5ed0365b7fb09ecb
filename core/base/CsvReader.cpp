#include "core/base/CsvReader.h"

#include <QCoreApplication>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

bool isBlank(const QStringList &fields)
{
    return fields.size() == 1 && fields.constFirst().trimmed().isEmpty();
}

} // namespace

QString CsvReader::Problem::toString() const
{
    return line > 0 ? tr("Line %1: %2").arg(line).arg(reason) : reason;
}

QChar CsvReader::detectSeparator(const QString &text)
{
    int counts[3] = { 0, 0, 0 };
    const QChar separators[3] = { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t') };
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted; // a doubled quote flips twice: still inside
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        for (int i = 0; i < 3 && !quoted; ++i)
            counts[i] += c == separators[i] ? 1 : 0;
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return separators[best];
}

bool CsvReader::parse(const QString &input, QList<Record> *records, QString *error)
{
    records->clear();
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar separator = detectSeparator(text);
    int line = 1;
    Record record { 1, {} };
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (only a separator may follow)
    int quoteLine = 0;
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!isBlank(record.fields))
            records->append(record);
        record = Record { line, {} };
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else if (c == QLatin1Char('"')) {
            if (!field.trimmed().isEmpty() || wasQuoted) {
                *error = tr("Line %1: a quote inside a field that does not start with one.").arg(line);
                return false;
            }
            field.clear(); // spaces before an opening quote are not part of the field
            quoted = true;
            quoteLine = line;
        } else if (wasQuoted) {
            if (!c.isSpace()) {
                *error = tr("Line %1: text after a closing quote; a separator should come first.").arg(line);
                return false;
            }
        } else {
            field += c;
        }
    }
    if (quoted) {
        *error = tr("Line %1: a quoted field is never closed.").arg(quoteLine);
        return false;
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || wasQuoted)
        endRecord();
    return true;
}

} // namespace careerplanner
