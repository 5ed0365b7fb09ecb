#include "ui/widgets/Appearance.h"

#include "core/base/Money.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QScreen>
#include <QStyleFactory>
#include <QWidget>

namespace careerplanner {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

void Appearance::apply(AppSettings::Theme theme, const QString &localeName)
{
    // Dates and numbers follow the locale money is shown in: the bare C locale of a system
    // without one becomes US English for both, never for one of them only.
    QLocale::setDefault(Money::displayLocale(localeName.isEmpty() ? QLocale::system() : QLocale(localeName)));
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    switch (theme) {
    case AppSettings::Theme::System:
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        break;
    case AppSettings::Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case AppSettings::Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

void Appearance::applySaved()
{
    const AppSettings settings;
    apply(settings.theme(), settings.localeName());
}

bool Appearance::isDark()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor Appearance::errorColor()
{
    return isDark() ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

QString Appearance::errorStyleSheet()
{
    return QStringLiteral("color: %1;").arg(errorColor().name());
}

void Appearance::fitOnScreen(QWidget *window, const QSize &preferred)
{
    const QRect available = window->screen()->availableGeometry();
    window->resize(preferred.boundedTo(available.size() - QSize(16, 48))); // room for the frame
    window->move(available.center() - QPoint(window->width() / 2, window->height() / 2));
}

} // namespace careerplanner
