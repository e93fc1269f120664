#pragma once
// Service-time and inter-arrival distributions written in scenarios as `exp(5ms)`,
// `const(2ms)`, `uniform(1ms, 3ms)`, `lognormal(20ms, 5ms)`.
#include "sim/random.h"
#include "sim/sim_time.h"

namespace postie {

struct Distribution {
    enum class Kind { Constant, Exponential, Uniform, Lognormal };
    Kind kind = Kind::Constant;
    SimTime a;  // constant value, exponential mean, uniform low, lognormal mean
    SimTime b;  // uniform high, lognormal sd

    static Distribution constant(SimTime v) { return {Kind::Constant, v, {}}; }
    static Distribution exponential(SimTime mean) { return {Kind::Exponential, mean, {}}; }

    bool isZero() const { return kind == Kind::Constant && a == SimTime::zero(); }
    SimTime draw(RandomStream& rng) const;
};

} // namespace postie
