#include "core/interviews/WritingTemplates.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WritingTemplates", text);
}

} // namespace

QList<WritingTemplate> WritingTemplates::all()
{
    const SourceRef prompt { QStringLiteral("001_80d18dccf2e7f0d7.txt"),
                             QStringLiteral("Writing Assessment and Functional Questions") };
    const SourceRef narratives { QStringLiteral("003_20d747e4b31d5040.txt"),
                                 QStringLiteral("What defines product management at Amazon") };
    return {
        { QStringLiteral("working_backwards"),
          tr("Working backwards from the customer"),
          tr("Start from the customer's problem and argue for one proposal."),
          { tr("The customer and the problem"), tr("What I propose"), tr("The data behind it"),
            tr("Risks and trade-offs"), tr("What happens next") },
          narratives },
        { QStringLiteral("product_decision"),
          tr("Analysing a product decision"),
          tr("Take a decision apart and say what you would change."),
          { tr("The decision and its goal"), tr("What the data shows"), tr("What I would change"),
            tr("How we would know it worked"), tr("What we give up") },
          prompt },
        { QStringLiteral("strategy"),
          tr("Explaining a strategy"),
          tr("Lay out where a product should go and how to get there."),
          { tr("Where we are"), tr("Where we should go, and why"), tr("How we get there"),
            tr("The metrics that show progress"), tr("Risks, and what we would do about them") },
          prompt },
    };
}

int WritingTemplates::indexOf(const QString &key)
{
    const QList<WritingTemplate> templates = all();
    for (int i = 0; i < templates.size(); ++i) {
        if (templates.at(i).key == key)
            return i;
    }
    return -1;
}

QString WritingTemplates::body(const WritingTemplate &writing)
{
    QString text;
    for (const QString &heading : writing.headings)
        text += heading + QStringLiteral("\n\n\n");
    return text;
}

int WritingTemplates::wordCount(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\w’'-]+"), QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    for (auto match = word.globalMatch(text); match.hasNext(); match.next())
        ++count;
    return count;
}

} // namespace careerplanner
