#pragma once
// Seeded, portable randomness: xoshiro256** seeded through splitmix64, with our own
// distributions so a run is identical with any standard library. Each station draws from its
// own stream derived from (master seed, station id), so adding a station does not change the
// draws of the others.
#include <cstdint>
#include <string_view>

namespace postie {

class RandomStream {
public:
    explicit RandomStream(std::uint64_t seed = 0);
    // A stream for one named consumer (a station), independent of every other name.
    static RandomStream forName(std::uint64_t masterSeed, std::string_view name);

    std::uint64_t next();
    double uniform01();                        // [0, 1)
    double uniform(double lo, double hi);      // [lo, hi)
    double exponential(double mean);
    double normal(double mean, double sd);     // Box-Muller, no cached spare: stateless per call
    double lognormal(double mean, double sd);  // parameterised by the result's mean and sd
    std::uint64_t below(std::uint64_t n);      // uniform integer in [0, n)

private:
    std::uint64_t m_s[4];
};

std::uint64_t stableHash(std::string_view text); // FNV-1a 64: portable, not std::hash

} // namespace postie
