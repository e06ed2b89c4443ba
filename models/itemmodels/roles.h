// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace dew::models {

// The custom item-data roles of every dew model.
enum ItemRole {
    IdRole = Qt::UserRole + 1, // the record's id (QString)
    RawValueRole,              // the stored value: an enumeration's code, not its label
    RetiredRole,               // bool: the record is retired (views grey it out)
};

} // namespace dew::models
