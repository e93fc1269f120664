#include "classroom_style.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyleFactory>

namespace postie::gui {

void ClassroomStyle::apply(QApplication& app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
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
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8A, 0x8A, 0x8A));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8A, 0x8A, 0x8A));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8A, 0x8A, 0x8A));
    app.setPalette(p);

    QFont font = app.font();
    font.setPointSizeF(13);
    app.setFont(font);
    app.setWindowIcon(QIcon(QStringLiteral(":/art/postie.svg")));
}

} // namespace postie::gui
