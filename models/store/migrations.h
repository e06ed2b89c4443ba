// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace dew::models {

struct Migration
{
    int version; // the schema version after it: PRAGMA user_version
    const char *sql;
};

// Every migration in order; a shipped migration is never edited, only followed by a new one.
std::span<const Migration> migrations();

} // namespace dew::models
