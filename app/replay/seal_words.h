#pragma once
// The words for how a letter travels a road (Seal: postcard, sealed envelope, locked box), in
// the app's language: one place for the truck's tooltip, the legend and the Inspector.
#include "trace/trace_words.h"

#include <QString>

namespace postie::gui {

class SealWords {
public:
    // "Postcard", "Sealed envelope", "Locked box": what the class sees on the truck.
    static QString name(Seal seal);
    // Who can read it on the way, and the protocol's word: "only the two servers can open it (TLS)".
    static QString meaning(Seal seal);
};

} // namespace postie::gui
