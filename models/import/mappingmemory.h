// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/headermapping.h"

#include <optional>

namespace dew::models {

class Settings;

// The mapping a user settled on for a file layout (a sheet kind and its header row, see
// ColumnMapping::layoutSignature), kept in the settings so that the next file of that layout
// opens with it. Offices send the same spreadsheet month after month.
class MappingMemory
{
public:
    explicit MappingMemory(Settings &settings);

    // Keeps the mapping when it differs from the recognised one, and forgets the layout otherwise.
    void remember(const ColumnMapping &recognised, const ColumnMapping &chosen);
    // The recognised mapping with what was remembered for its layout applied; nullopt when
    // nothing was, or when it would give what is recognised anyway.
    std::optional<ColumnMapping> recall(const ColumnMapping &recognised) const;

private:
    Settings &m_settings;
};

} // namespace dew::models
