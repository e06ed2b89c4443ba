// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace dew::models::sync {

// When the next background sync runs: every interval while syncs succeed; after consecutive
// failures the wait doubles each time, up to a cap, so an unreachable server is not hammered.
class BackoffSchedule
{
public:
    explicit BackoffSchedule(int intervalMs = 60'000, int capMs = 15 * 60'000)
        : m_intervalMs(intervalMs), m_capMs(capMs)
    {
    }

    void recordSuccess() { m_failures = 0; }
    void recordFailure() { ++m_failures; }
    int failures() const { return m_failures; }

    int nextDelayMs() const
    {
        long long delay = m_intervalMs;
        for (int i = 0; i < m_failures && delay < m_capMs; ++i) {
            delay *= 2;
        }
        return int(delay < m_capMs ? delay : m_capMs);
    }

private:
    int m_intervalMs;
    int m_capMs;
    int m_failures = 0;
};

} // namespace dew::models::sync
