#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The dew authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from the ci build, installs it, and has the installed dew render the demo
# workspace offscreen: the package must carry everything dew needs, not only a binary.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/dew_*.deb | head -n 1)
sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --reinstall "./$deb" >/dev/null
for f in /usr/bin/dew /usr/share/applications/dew.desktop /usr/share/icons/hicolor/256x256/apps/dew.png; do
  dpkg -S "$f" >/dev/null || { echo "package-check: $f is not from the package" >&2; exit 1; }
done
home=$(mktemp -d)
out="$home/shots"
HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" QT_QPA_PLATFORM=offscreen \
  /usr/bin/dew --screenshot "$out" --language zh_CN
count=$(find "$out" -name '*.png' -size +20k | wc -l)
if [ "$count" -lt 2 ]; then
  echo "package-check: the installed dew rendered $count pages" >&2
  exit 1
fi
echo "package-check: $(basename "$deb") installed; the installed dew rendered $count pages"
rm -rf "$home"
