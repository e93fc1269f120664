#include "shell/classroom_style.h"

#include "map/scene_fonts.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyle>
#include <QStyleFactory>

namespace postie::gui {
namespace {

constexpr double kPoints = 13;
constexpr double kPresentationPoints = 19;  // about 1.5x: the back row of a classroom
constexpr double kPresentationSceneScale = 1.25;

bool isDark(const QPalette& palette) { return palette.color(QPalette::Window).lightness() < 128; }

} // namespace

QPalette ClassroomStyle::palette(bool dark)
{
    QPalette p;
    if (!dark) {
        const QColor ink(0x1A, 0x1A, 0x1A);
        p.setColor(QPalette::Window, QColor(0xF2, 0xF0, 0xEA));
        p.setColor(QPalette::WindowText, ink);
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::AlternateBase, QColor(0xF7, 0xF5, 0xF0));
        p.setColor(QPalette::Text, ink);
        p.setColor(QPalette::Button, QColor(0xFB, 0xFA, 0xF7));
        p.setColor(QPalette::ButtonText, ink);
        p.setColor(QPalette::Highlight, QColor(0x00, 0x5A, 0x9C));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, Qt::white);
        p.setColor(QPalette::ToolTipText, ink);
        p.setColor(QPalette::Link, QColor(0x00, 0x5A, 0x9C));
        p.setColor(QPalette::PlaceholderText, QColor(0x6A, 0x6A, 0x6A));
        for (auto role : {QPalette::WindowText, QPalette::ButtonText, QPalette::Text})
            p.setColor(QPalette::Disabled, role, QColor(0x8A, 0x8A, 0x8A));
        return p;
    }
    // White on near-black, with the Okabe-Ito sky blue for what is chosen: high contrast on
    // a projector, and nothing that glares in a dim room.
    const QColor paper(0xF5, 0xF5, 0xF5);
    p.setColor(QPalette::Window, QColor(0x14, 0x18, 0x1D));
    p.setColor(QPalette::WindowText, paper);
    p.setColor(QPalette::Base, QColor(0x0B, 0x0E, 0x11));
    p.setColor(QPalette::AlternateBase, QColor(0x1C, 0x22, 0x28));
    p.setColor(QPalette::Text, paper);
    p.setColor(QPalette::Button, QColor(0x24, 0x2B, 0x33));
    p.setColor(QPalette::ButtonText, paper);
    p.setColor(QPalette::Highlight, QColor(0x56, 0xB4, 0xE9));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::ToolTipBase, QColor(0x24, 0x2B, 0x33));
    p.setColor(QPalette::ToolTipText, paper);
    p.setColor(QPalette::Link, QColor(0x56, 0xB4, 0xE9));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3A, 0x43, 0x4D));
    p.setColor(QPalette::Midlight, QColor(0x30, 0x38, 0x40));
    p.setColor(QPalette::Mid, QColor(0x26, 0x2D, 0x35));
    p.setColor(QPalette::Dark, QColor(0x0A, 0x0C, 0x0F));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0xA0, 0xA8, 0xB0));
    for (auto role : {QPalette::WindowText, QPalette::ButtonText, QPalette::Text})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x88, 0x90));
    return p;
}

double ClassroomStyle::pointSize(Look look) { return look.presentation ? kPresentationPoints : kPoints; }
double ClassroomStyle::sceneFontScale(Look look) { return look.presentation ? kPresentationSceneScale : 1.0; }
int ClassroomStyle::toolbarIconSize(Look look) { return look.presentation ? 44 : 28; }

QFont scaledFont(const QFont& base, double scale, bool bold)
{
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * scale);
    else  // a font sized in pixels
        f.setPixelSize(int(base.pixelSize() * scale + 0.5));
    f.setBold(bold);
    return f;
}

QColor ClassroomStyle::ground(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x1E, 0x24, 0x2A) : QColor(0xF4, 0xF1, 0xE8);
}

void ClassroomStyle::apply(QApplication& app, Look look)
{
    if (!app.style() || app.style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(palette(look.darkTheme()));
    QFont font = app.font();
    font.setPointSizeF(pointSize(look));
    app.setFont(font);
    SceneFonts::setScale(sceneFontScale(look));
    app.setWindowIcon(QIcon(QStringLiteral(":/art/postie.svg")));
}

} // namespace postie::gui
