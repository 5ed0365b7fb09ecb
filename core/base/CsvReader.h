#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace careerplanner {

// Reading CSV as spreadsheets write it (RFC 4180, and its common relatives): comma,
// semicolon or tab separated (a spreadsheet in a European locale writes semicolons), fields
// quoted with doubled quotes inside, CRLF or LF line ends, a UTF-8 byte order mark ignored.
// Each record keeps the line it starts on, for error messages.
class CsvReader
{
public:
    struct Record
    {
        int line = 0; // 1-based, in the file
        QStringList fields;
    };
    // What is wrong with a row (or the whole file), for a preview that lists every one.
    struct Problem
    {
        int line = 0; // 1-based line of the file; 0 for the file as a whole
        QString reason;
        QString toString() const; // "Line 3: base: …"
    };

    // Blank lines are skipped. On malformed text (an unclosed quote, a quote inside an
    // unquoted field) returns false with *error naming the line.
    // The separator is the one of the three that the first line (the header) uses most,
    // outside quotes; a comma where it uses none.
    static bool parse(const QString &text, QList<Record> *records, QString *error);
    static QChar detectSeparator(const QString &text);
};

} // namespace careerplanner
