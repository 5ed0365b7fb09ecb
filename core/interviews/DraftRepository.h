#pragma once

#include "core/interviews/WritingDraft.h"

#include <QList>
#include <QString>

namespace careerplanner {

class PlanDatabase;

// Reads and writes a plan's drafts of the writing assessment, each write checked first
// and one transaction.
class DraftRepository
{
public:
    static constexpr int MaximumTitleLength = 200;
    static constexpr int MaximumBodyLength = 200000;

    explicit DraftRepository(PlanDatabase &plan);

    static QString validate(const WritingDraft &draft);
    bool load(QList<WritingDraft> *drafts, QString *error) const; // newest first
    bool save(WritingDraft &draft, QString *error); // new when id is 0
    bool remove(qint64 draftId, QString *error);

private:
    PlanDatabase &m_plan;
};

} // namespace careerplanner
