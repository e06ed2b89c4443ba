// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dew::models {

// A UUIDv7 (RFC 9562) in lower-case text: 48 bits of Unix milliseconds, then random bits.
// Ids made in one process are strictly increasing, so they sort in creation order.
QString newUuidV7();
// Deterministic variant for the demo-city generator: the same (msecs, counter) gives the same id,
// and distinct counters give distinct ids.
QString uuidV7From(qint64 unixMsecs, quint64 counter);

} // namespace dew::models
