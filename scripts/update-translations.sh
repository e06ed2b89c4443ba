#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The dew authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Brings translations/dew_zh_CN.ts up to date with the sources. With --check (CI), fails when
# that changes the file or when any entry is unfinished, so a stale translation cannot pass.
set -euo pipefail
cd "$(dirname "$0")/.."
ts=translations/dew_zh_CN.ts
lupdate=$(command -v lupdate6 || true)
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
before=$(sha256sum "$ts")
"$lupdate" -silent -locations none -no-obsolete -no-ui-lines app ui models -ts "$ts"
if [ "${1:-}" = "--check" ]; then
  if [ "$(sha256sum "$ts")" != "$before" ]; then
    echo "$ts is stale: run scripts/update-translations.sh and translate the new entries." >&2
    git --no-pager diff --stat -- "$ts" >&2 || true
    exit 1
  fi
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  if [ "$unfinished" != "0" ]; then
    echo "$ts has $unfinished unfinished entries." >&2
    exit 1
  fi
fi
