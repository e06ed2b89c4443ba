#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The dew authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Brings translations/dew_zh_CN.ts (every string) and dew_en.ts (English plural forms only) up
# to date with the sources. With --check (CI), fails when that changes a file or when any entry
# is unfinished, so a stale translation cannot pass.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate6 || true)
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
options=(-silent -locations none -no-obsolete -no-ui-lines)
before=$(sha256sum translations/*.ts)
"$lupdate" "${options[@]}" app ui models server -ts translations/dew_zh_CN.ts
"$lupdate" "${options[@]}" -pluralonly -source-language en -target-language en app ui models server -ts translations/dew_en.ts
if [ "${1:-}" = "--check" ]; then
  if [ "$(sha256sum translations/*.ts)" != "$before" ]; then
    echo "translations are stale: run scripts/update-translations.sh and translate the new entries." >&2
    git --no-pager diff --stat -- translations >&2 || true
    exit 1
  fi
  for ts in translations/*.ts; do
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$unfinished" != "0" ]; then
      echo "$ts has $unfinished unfinished entries." >&2
      exit 1
    fi
  done
fi
