#pragma once
// A real message's journey as a town to play (postie-cli headers --scenario, the app's File >
// Trace a real email): each server its Received lines name becomes a station, in the order the
// message passed them, and each road takes as long as that hop took in the real message
// (queueing included). The writer's machine is a client; the first server, the post office;
// servers on the sender's side relay to the next (relay_to); the first server the receiver
// vouches for is the sorting station its MX record names; the last one files the letter in a PO
// box. Played, the letter is stamped with the same servers' Received lines in the same order.
#include "realmail/received_chain.h"

#include <string>

namespace postie {

// The scenario text (format postie/1). Empty when the chain names no server at all.
std::string journeyTown(const ReceivedChain& chain, const std::string& sourceName);

} // namespace postie
