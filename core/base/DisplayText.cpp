#include "core/base/DisplayText.h"

namespace careerplanner {

QString DisplayText::shortened(const QString &text, int longest)
{
    if (text.size() <= longest)
        return text;
    qsizetype cut = longest - 1;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}

} // namespace careerplanner
