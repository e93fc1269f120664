#include "map/message_palette.h"

namespace postie::gui {

QColor MessagePalette::colour(int index)
{
    static const QRgb okabeIto[kSize] = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7};
    return QColor::fromRgb(okabeIto[((index % kSize) + kSize) % kSize]);
}

int MessagePalette::indexFor(const QString& message)
{
    bool ok = false;
    const qlonglong n = message.mid(1).toLongLong(&ok);
    return ok && n > 0 ? int((n - 1) % kSize) : 0;
}

} // namespace postie::gui
