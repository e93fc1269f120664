#include "sim/distribution.h"

#include <cmath>

namespace postie {
namespace {
SimTime fromDoubleMicros(double us)
{
    if (!(us > 0)) return SimTime::zero();
    return SimTime::fromMicros(static_cast<std::int64_t>(std::llround(us)));
}
} // namespace

SimTime Distribution::draw(RandomStream& rng) const
{
    switch (kind) {
    case Kind::Constant: return a;
    case Kind::Exponential: return fromDoubleMicros(rng.exponential(double(a.micros())));
    case Kind::Uniform: return fromDoubleMicros(rng.uniform(double(a.micros()), double(b.micros())));
    case Kind::Lognormal:
        if (b == SimTime::zero()) return a;
        return fromDoubleMicros(rng.lognormal(double(a.micros()), double(b.micros())));
    }
    return a;
}

} // namespace postie
