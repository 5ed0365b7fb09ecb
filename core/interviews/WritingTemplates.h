#pragma once

#include "core/base/SourceRef.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace careerplanner {

// Starting points for the writing assessment, from the guides' advice on it: the prompt
// is about a page, and asks to analyse a product decision, suggest improvements or explain
// a strategy, in a structured argument backed by data.
struct WritingTemplate
{
    QString key;
    QString name;
    QString advice; // one line on when to use it
    QStringList headings; // the sections a draft starts with
    SourceRef source;
};

class WritingTemplates
{
public:
    // An estimate of a single-spaced page of prose, to measure a draft against the one-page prompt.
    static constexpr int WordsPerPage = 500;

    static QList<WritingTemplate> all();
    static int indexOf(const QString &key); // -1 when no template has the key
    // A new draft's text: each heading on its line, a blank line after it.
    static QString body(const WritingTemplate &writing);
    static int wordCount(const QString &text);
    static double pages(int words) { return double(words) / WordsPerPage; }
};

} // namespace careerplanner
