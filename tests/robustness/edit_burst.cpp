// The child of the kill test: opens the plan and makes edits through the core API, one
// story per edit, printing each edit's number only once its transaction has committed.
//   edit_burst PLAN FIRST COUNT
#include "core/plan/PlanSession.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    QString error;
    auto session = careerplanner::PlanSession::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!session) {
        std::fprintf(stderr, "edit_burst: %s\n", qPrintable(error));
        return 1;
    }
    const int first = std::atoi(argv[2]);
    const int count = std::atoi(argv[3]);
    for (int n = first; n < first + count; ++n) {
        careerplanner::Story story;
        story.title = QStringLiteral("Edit %1").arg(n);
        story.situation = QStringLiteral("Written by the kill test; ").repeated(20);
        story.tags = { QStringLiteral("ownership") };
        if (!session->storyStore().saveStory(story, &error)) {
            std::fprintf(stderr, "edit_burst: %s\n", qPrintable(error));
            return 1;
        }
        // Only now is it in the file: the parent may count on it.
        std::printf("%d\n", n);
        std::fflush(stdout);
    }
    return 0;
}
