#include "inspector/scaled_labels.h"

#include "shell/classroom_style.h"

#include <QFontDatabase>
#include <QLabel>

namespace postie::gui {

void ScaledLabels::add(QLabel* label, double scale) { m_labels << Scaled{label, scale}; }

void ScaledLabels::addMono(QLabel* label) { m_labels << Scaled{label, 0}; }

void ScaledLabels::apply(const QFont& body) const
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (body.pointSizeF() > 0) mono.setPointSizeF(body.pointSizeF());
    else mono.setPixelSize(body.pixelSize());
    for (const Scaled& s : m_labels) s.label->setFont(s.scale > 0 ? scaledFont(body, s.scale, true) : mono);
}

} // namespace postie::gui
