// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

namespace dew::models {

Q_LOGGING_CATEGORY(lcStore, "dew.models.store")
Q_LOGGING_CATEGORY(lcSearch, "dew.models.search")
Q_LOGGING_CATEGORY(lcSeed, "dew.models.seed")
Q_LOGGING_CATEGORY(lcSync, "dew.models.sync")

} // namespace dew::models
