#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The dew authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and opens dew on the demo workspace of Hohhot.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset dev
cmake --build --preset dev
exec build/dev/app/dew --demo "$@"
