#pragma once

#include "core/ladders/CareerLadder.h"

#include <QList>
#include <QString>

namespace careerplanner {

// The career ladders of the guides in seeds/, shipped in the binary from data/ladders.json.
class ReferenceLadders
{
public:
    static QString resourcePath() { return QStringLiteral(":/careerplanner/data/ladders.json"); }
    static bool load(QList<CareerLadder> *ladders, QString *error);
    static bool loadFrom(const QByteArray &json, QList<CareerLadder> *ladders, QString *error);
};

} // namespace careerplanner
