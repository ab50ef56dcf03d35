#!/usr/bin/env bash
# One command to a running Odoo 18 with heymilo_ingestion, from source (no Docker):
#   ./run_odoo.sh [--no-demo] [--update] [--db NAME] [--port N] [--data-dir DIR] [-- extra odoo options]
# Uses ODOO_PATH (else ../shared/odoo18), the same venv as run_tests.sh (.venv),
# starts PostgreSQL, creates the database (default "heymilo") with hr_recruitment
# and heymilo_ingestion and an admin/admin login, adds a demo job posting with
# data/samples uploaded (unless --no-demo), and serves http://localhost:8069
# with cron threads, so uploads are processed. A second run reuses the database
# (--update upgrades the addon first). Ctrl-C stops the server.
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=scripts/env.sh
source scripts/env.sh

db=${DB:-heymilo}
port=${PORT:-8069}
data_dir=${DATA_DIR:-}
demo=1
update=
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-demo) demo= ;;
    --update) update=1 ;;
    --db) db=$2; shift ;;
    --port) port=$2; shift ;;
    --data-dir) data_dir=$2; shift ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)"; exit 2 ;;
  esac
  shift
done

heymilo_find_odoo
if [ -z "$ODOO_PATH" ]; then
  echo "No Odoo 18 source tree: set ODOO_PATH (git clone -b 18.0 --depth 1 https://github.com/odoo/odoo)," \
    "or use 'docker compose up'."
  exit 1
fi
heymilo_python
heymilo_postgres
export PYTHONPATH="$ODOO_PATH${PYTHONPATH:+:$PYTHONPATH}" HEYMILO_ROOT
opts=(--addons-path="$(heymilo_addons_path)" -d "$db" --db-filter="^$db\$" --without-demo=all
  ${data_dir:+--data-dir "$data_dir"} ${PGHOST:+--db_host "$PGHOST"} ${PGPORT:+--db_port "$PGPORT"}
  ${PGUSER:+--db_user "$PGUSER"} ${PGPASSWORD:+--db_password "$PGPASSWORD"})

state=$(psql ${PGHOST:+-h "$PGHOST"} ${PGPORT:+-p "$PGPORT"} ${PGUSER:+-U "$PGUSER"} -d "$db" -tAc \
  "SELECT state FROM ir_module_module WHERE name = 'heymilo_ingestion'" 2>/dev/null || true)
if [ "$state" != "installed" ]; then
  echo "== creating database $db with hr_recruitment and heymilo_ingestion (about a minute)"
  "$PY" -m odoo server "${opts[@]}" -i hr_recruitment,heymilo_ingestion --stop-after-init --no-http --log-level=warn
  if [ -n "$demo" ]; then
    echo "== demo job posting with data/samples"
    "$PY" -m odoo shell "${opts[@]}" --no-http --log-level=warn <scripts/demo_data.py
  fi
elif [ -n "$update" ]; then
  echo "== upgrading heymilo_ingestion in $db"
  "$PY" -m odoo server "${opts[@]}" -u heymilo_ingestion --stop-after-init --no-http --log-level=warn
else
  echo "== reusing database $db (--update upgrades the addon)"
fi

echo "== Odoo on http://localhost:$port  (database $db, login admin / admin; Ctrl-C stops it)"
exec "$PY" -m odoo server "${opts[@]}" --http-port "$port" --max-cron-threads=2 "${extra[@]}"
