// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <span>

namespace dew::models {

// xoshiro256** seeded through splitmix64 (Blackman and Vigna). Implemented here, with plain
// modulo reduction, because std::mt19937's distributions give different numbers with different
// standard libraries: the demo city must be the same on every platform.
class SeedRandom
{
public:
    explicit SeedRandom(quint64 seed)
    {
        for (quint64 &word : m_state) {
            seed += 0x9E3779B97F4A7C15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform enough in [0, bound): the modulo bias is below 2^-32 for the bounds used here.
    quint64 below(quint64 bound) { return bound == 0 ? 0 : next() % bound; }
    qint64 between(qint64 low, qint64 high) { return low + static_cast<qint64>(below(quint64(high - low + 1))); }
    bool percent(int chance) { return below(100) < quint64(chance); }
    bool perMille(int chance) { return below(1000) < quint64(chance); }

    template <typename T> const T &pick(std::span<const T> values) { return values[below(values.size())]; }

    // An index drawn with the given relative weights.
    size_t weighted(std::span<const int> weights)
    {
        qint64 total = 0;
        for (const int weight : weights) {
            total += weight;
        }
        auto roll = static_cast<qint64>(below(quint64(total)));
        for (size_t i = 0; i < weights.size(); ++i) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.size() - 1;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    quint64 m_state[4];
};

} // namespace dew::models
