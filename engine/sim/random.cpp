#include "sim/random.h"

#include <cmath>

namespace postie {
namespace {

std::uint64_t splitmix64(std::uint64_t& x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

constexpr double kTwoPi = 6.283185307179586476925286766559;

} // namespace

std::uint64_t stableHash(std::string_view text)
{
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : text) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h;
}

RandomStream::RandomStream(std::uint64_t seed)
{
    std::uint64_t x = seed;
    for (auto& s : m_s) s = splitmix64(x);
}

RandomStream RandomStream::forName(std::uint64_t masterSeed, std::string_view name)
{
    std::uint64_t mix = masterSeed ^ (stableHash(name) * 0x9e3779b97f4a7c15ULL);
    return RandomStream(splitmix64(mix));
}

std::uint64_t RandomStream::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double RandomStream::uniform01() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

double RandomStream::uniform(double lo, double hi) { return lo + (hi - lo) * uniform01(); }

double RandomStream::exponential(double mean) { return -mean * std::log1p(-uniform01()); }

double RandomStream::normal(double mean, double sd)
{
    const double u1 = 1.0 - uniform01(); // (0, 1]: log stays finite
    const double u2 = uniform01();
    return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(kTwoPi * u2);
}

double RandomStream::lognormal(double mean, double sd)
{
    // Choose mu and sigma of the underlying normal so the result has the asked mean and sd.
    const double variance = sd * sd;
    const double sigma2 = std::log1p(variance / (mean * mean));
    const double mu = std::log(mean) - sigma2 / 2.0;
    return std::exp(normal(mu, std::sqrt(sigma2)));
}

std::uint64_t RandomStream::below(std::uint64_t n)
{
    if (n <= 1) return 0;
    // Lemire-free simple rejection keeps it portable and unbiased.
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t r;
    do { r = next(); } while (r >= limit);
    return r % n;
}

} // namespace postie
