#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The dew authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file differs from .clang-format; with --fix, reformats them instead.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${files[@]}"
else
  clang-format --dry-run --Werror "${files[@]}"
fi
