#pragma once

#include "core/settings/AppSettings.h"

#include <QColor>
#include <QSize>
#include <QString>

class QWidget;

namespace careerplanner {

// The look the preferences ask for: the figures' locale, and the theme. "System" leaves
// the palette to the platform; Light and Dark use the Fusion style with a palette of that
// kind. Charts keep their light background in every theme, so that their colours read
// the same on screen, in exports and on paper.
class Appearance
{
public:
    static void apply(AppSettings::Theme theme, const QString &localeName);
    static void applySaved(); // at start-up
    static bool isDark(); // the palette in use has light text on a dark window
    // Red for refusals and overdue items, readable on the theme's window and base colours.
    static QColor errorColor();
    static QString errorStyleSheet();
    // Sizes window to preferred where its screen has room, never larger than the screen
    // leaves (a 1024x768 laptop), and centres it there.
    static void fitOnScreen(QWidget *window, const QSize &preferred);
};

} // namespace careerplanner
