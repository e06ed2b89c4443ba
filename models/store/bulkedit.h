// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "import/importapplier.h"

namespace dew::models {

class Workspace;

// Sets one field of many records as one step: every record is validated and checked against the
// rules, and either all of them change, in one transaction, or none does (the result names the
// first record that could not). Records that already hold the value are left alone.
ApplyResult bulkUpdate(const Workspace &workspace, const Actor &actor, Entity entity, const QStringList &ids,
                       const QString &field, const QVariant &value);

} // namespace dew::models
