// libFuzzer target: the JSON import. Any input must be refused with a reason or accepted;
// accepted content must export and parse again to the same JSON (no crash, no sanitizer
// report, no silent change).
#include "core/plan/PlanContent.h"
#include "core/io/PlanJson.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace careerplanner;
    static int argc = 1;
    static char name[] = "fuzz_json_import";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv); // for translations of the refusals
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    PlanContent content;
    QString error;
    if (!PlanJson::parse(json, &content, &error)) {
        if (error.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    const QByteArray once = PlanJson::toJson(content);
    PlanContent again;
    if (!PlanJson::parse(once, &again, &error)) {
        std::fprintf(stderr, "exported JSON refused: %s\n", qPrintable(error));
        std::abort(); // what was accepted must come back
    }
    if (PlanJson::toJson(again) != once) {
        QFile first(QStringLiteral("fuzz-json-once.json")), second(QStringLiteral("fuzz-json-again.json"));
        if (first.open(QIODevice::WriteOnly) && second.open(QIODevice::WriteOnly)) {
            first.write(once);
            second.write(PlanJson::toJson(again));
        }
        std::fprintf(stderr, "exported JSON changed on a second round; see fuzz-json-once/again.json\n");
        std::abort(); // ... and the same
    }
    return 0;
}
