#include "ui/conversations/FeedbackModel.h"

#include "core/plan/PlanSession.h"
#include "core/skills/SkillCsv.h"

#include <QLocale>

namespace careerplanner {

FeedbackModel::FeedbackModel(PlanSession *session, QObject *parent)
    : RecordTableModel({ tr("Feedback"), tr("From"), tr("Received"), tr("Speaks to") }, parent)
    , m_session(session)
{
    resetOn(&session->conversationStore(), &ConversationStore::feedbackChanged);
}

int FeedbackModel::recordCount() const
{
    return static_cast<int>(m_session->conversationStore().feedback().size());
}

QVariant FeedbackModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedbackQuote &quote = m_session->conversationStore().feedback().at(index.row());
    QStringList tags;
    for (const QString &key : quote.tags)
        tags.append(SkillCsv::skillName(m_session->skillStore().skills(), key));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuoteColumn:
            return quote.quote.simplified();
        case FromColumn:
            return quote.attribution();
        case DateColumn:
            return quote.receivedOn.isValid() ? QLocale().toString(quote.receivedOn, QLocale::ShortFormat)
                                              : tr("not known");
        case TagsColumn:
            return tags.join(QStringLiteral(", "));
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == QuoteColumn ? quote.quote : QVariant();
    case SearchRole:
        return QStringList { quote.quote, quote.attribution(), tags.join(QLatin1Char(' ')) }.join(QLatin1Char('\n'));
    case TagsRole:
        return quote.tags;
    default:
        return {};
    }
}

} // namespace careerplanner
