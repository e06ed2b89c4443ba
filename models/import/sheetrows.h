// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importplan.h"
#include "io/cell.h"
#include "io/headermapping.h"

namespace dew::models {

// The rows under a sheet's header as the planner reads them: each mapped column of the entity by
// its field name, with the file's row number. Rows without any mapped cell are left out.
QList<SourceRow> sourceRows(const QList<SheetRow> &rows, const ColumnMapping &mapping, Entity entity);

} // namespace dew::models
