#include "replay/seal_words.h"

#include <QCoreApplication>

namespace postie::gui {

QString SealWords::name(Seal seal)
{
    switch (seal) {
    case Seal::Postcard: return QCoreApplication::translate("SealWords", "Postcard");
    case Seal::Envelope: return QCoreApplication::translate("SealWords", "Sealed envelope");
    case Seal::LockedBox: return QCoreApplication::translate("SealWords", "Locked box");
    }
    return {};
}

QString SealWords::meaning(Seal seal)
{
    switch (seal) {
    case Seal::Postcard: return QCoreApplication::translate("SealWords", "anyone on the road can read it (no TLS)");
    case Seal::Envelope: return QCoreApplication::translate("SealWords", "only the two servers can open it (TLS)");
    case Seal::LockedBox:
        return QCoreApplication::translate("SealWords", "only the recipient can open it (end-to-end encryption)");
    }
    return {};
}

} // namespace postie::gui
