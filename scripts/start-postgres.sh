#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The dew authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts the local PostgreSQL cluster (Debian's postgresql does not start itself without
# systemd) and creates the role and database the server tests use: dew / dew on dew_test at
# 127.0.0.1:5432, the defaults of tests/server/serverharness.cpp.
set -euo pipefail
command -v pg_lsclusters >/dev/null || { echo "start-postgres: postgresql is not installed" >&2; exit 1; }
as_postgres=(su postgres -c)
if [ "$(id -u)" -ne 0 ]; then
  as_postgres=(sudo -u postgres sh -c)
fi
read -r version cluster _ < <(pg_lsclusters --no-header | head -n 1)
if [ -z "${version:-}" ]; then
  echo "start-postgres: no PostgreSQL cluster exists" >&2
  exit 1
fi
if ! pg_lsclusters --no-header | head -n 1 | grep -q online; then
  if [ "$(id -u)" -eq 0 ]; then pg_ctlcluster "$version" "$cluster" start; else sudo pg_ctlcluster "$version" "$cluster" start; fi
fi
"${as_postgres[@]}" "psql -qtc \"SELECT 1 FROM pg_roles WHERE rolname = 'dew'\" | grep -q 1 || psql -qc \"CREATE ROLE dew LOGIN PASSWORD 'dew'\""
"${as_postgres[@]}" "psql -qtc \"SELECT 1 FROM pg_database WHERE datname = 'dew_test'\" | grep -q 1 || psql -qc 'CREATE DATABASE dew_test OWNER dew'"
echo "start-postgres: PostgreSQL $version/$cluster is up with database dew_test"
