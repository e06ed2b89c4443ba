#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The dew authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, checks format and translations, builds, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/check-format.sh
scripts/update-translations.sh --check
cmake --preset ci
cmake --build --preset ci
# The server tests run on PostgreSQL too; under CI they fail when it is not there.
scripts/start-postgres.sh || [ -z "${CI:-}" ]
ctest --preset ci
# CI also builds the .deb, installs it and runs the installed dew; elsewhere ask with --package.
if [ -n "${CI:-}" ] || [ "${1:-}" = "--package" ]; then
  scripts/package-check.sh build/ci
fi
