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

# dew-server: installed with its unit, user and sample configuration, it initialises a store and
# answers a login over HTTP.
server_deb=$(ls -t "$build"/dew-server_*.deb | head -n 1)
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --reinstall "./$server_deb" >/dev/null
for f in /usr/bin/dew-server /lib/systemd/system/dew-server.service /etc/dew-server/dew-server.conf; do
  dpkg -S "$f" >/dev/null || { echo "package-check: $f is not from the dew-server package" >&2; exit 1; }
done
getent passwd dew-server >/dev/null || { echo "package-check: the dew-server user was not created" >&2; exit 1; }
state=$(mktemp -d)
conf=/etc/dew-server/dew-server.conf
"${sudo[@]}" env DEW_SERVER_DATABASE_PATH="$state/server.db" DEW_SERVER_ADMIN_PASSWORD=package-check-1 \
  /usr/bin/dew-server --config "$conf" --init >/dev/null
"${sudo[@]}" env DEW_SERVER_DATABASE_PATH="$state/server.db" /usr/bin/dew-server --config "$conf" --port 0 \
  >"$state/out" 2>"$state/log" &
server_pid=$!
for _ in $(seq 50); do grep -q listening "$state/out" 2>/dev/null && break; sleep 0.1; done
port=$(sed -n 's/.*:\([0-9]*\)$/\1/p' "$state/out")
answer=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$port/v1/login" \
  -d '{"login":"admin","password":"package-check-1"}' || true)
"${sudo[@]}" kill "$server_pid" 2>/dev/null || true
wait "$server_pid" 2>/dev/null || true
if [ "$answer" != "200" ]; then
  echo "package-check: the installed dew-server answered a login with '$answer'" >&2
  cat "$state/log" >&2
  exit 1
fi
echo "package-check: $(basename "$server_deb") installed; the installed dew-server initialised a store and let its administrator in"
rm -rf "$state"
