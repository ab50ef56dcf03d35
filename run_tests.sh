#!/usr/bin/env bash
# The one command that runs every test of heymilo_ingestion:
#   1. installs what the tests need (requirements*.txt) into the Python in use,
#   2. lints (ruff, pylint-odoo: errors fail the run),
#   3. runs the engine tests (tests/) with plain pytest,
#   4. when Odoo 18 is importable (or ODOO_PATH names its source tree), creates
#      a throwaway database on a local PostgreSQL (started if needed), runs the
#      addon's Odoo tests (heymilo_ingestion/tests) and drops the database.
# Environment: PYTHON (default python3), ODOO_PATH, ODOO_ADDONS_PATH (extra
# addons paths), PGHOST/PGPORT/PGUSER/PGPASSWORD, SKIP_INSTALL=1, SKIP_ODOO=1.
set -uo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
failed=0
passed_total=0
failed_total=0
log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT

count() {  # count <log> <regex-for-number-before-word> -> number or 0
  grep -oE "[0-9]+ $2" "$1" | tail -n 1 | grep -oE '^[0-9]+' || echo 0
}

if [ -z "${SKIP_INSTALL:-}" ]; then
  echo "== installing test requirements"
  "$PYTHON" -m pip install -q --disable-pip-version-check -r requirements.txt -r requirements-test.txt \
    || { echo "pip install failed"; exit 1; }
fi

echo "== ruff"
"$PYTHON" -m ruff check . || failed=1
echo "== pylint-odoo"
# no-member / unsubscriptable-object misread the ORM's dynamic attributes (OCA does not enable them).
"$PYTHON" -m pylint --rcfile=.pylintrc --disable=no-member,unsubscriptable-object heymilo_ingestion
rc=$?
if [ $((rc & 3)) -ne 0 ]; then failed=1; fi

echo "== engine tests (pytest tests/)"
"$PYTHON" -m pytest tests/ 2>&1 | tee "$log_dir/pytest.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || failed=1
passed_total=$((passed_total + $(count "$log_dir/pytest.log" passed)))
failed_total=$((failed_total + $(count "$log_dir/pytest.log" failed) + $(count "$log_dir/pytest.log" error)))

run_odoo_tier() {
  if [ -n "${ODOO_PATH:-}" ]; then export PYTHONPATH="$ODOO_PATH${PYTHONPATH:+:$PYTHONPATH}"; fi
  if ! odoo_dir=$("$PYTHON" -c 'import odoo, os; assert odoo.release.version_info[0] == 18; print(os.path.dirname(odoo.__file__))' 2>/dev/null); then
    echo "Odoo tier skipped: Odoo 18 is not importable (install it, or set ODOO_PATH to its source tree)."
    return 0
  fi
  local addons="$PWD"
  [ -d "$odoo_dir/../addons" ] && addons="$(cd "$odoo_dir/../addons" && pwd),$addons"
  addons="$odoo_dir/addons,$addons${ODOO_ADDONS_PATH:+,$ODOO_ADDONS_PATH}"

  if [ -z "${PGHOST:-}" ] && ! pg_isready -q 2>/dev/null; then
    if command -v pg_lsclusters >/dev/null; then
      read -r ver name _ < <(pg_lsclusters -h | head -n 1)
      [ -n "${ver:-}" ] && pg_ctlcluster "$ver" "$name" start
      for _ in $(seq 20); do pg_isready -q && break; sleep 0.5; done
    fi
  fi
  if [ "$(id -u)" = 0 ] && [ -z "${PGUSER:-}" ] && command -v runuser >/dev/null; then
    runuser -u postgres -- psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname='$(id -un)'" 2>/dev/null | grep -q 1 \
      || runuser -u postgres -- createuser -s "$(id -un)" 2>/dev/null || true
  fi
  if ! pg_isready -q 2>/dev/null && [ -z "${PGHOST:-}" ]; then
    echo "Odoo tier FAILED: no PostgreSQL server is reachable (start one or set PGHOST/PGUSER/PGPASSWORD)."
    return 1
  fi

  # The browser tour needs Chromium (Debian's package); install it when missing.
  if ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null && ! command -v google-chrome >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "== installing chromium for the browser tour"
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 \
        || echo "could not install chromium: the browser tour will fail"
    fi
  fi
  local db="heymilo_test_$$"
  local port
  port=$("$PYTHON" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  echo "== Odoo tests (database $db, addons $addons)"
  "$PYTHON" -m odoo server --addons-path="$addons" -d "$db" -i heymilo_ingestion \
    --test-tags "/heymilo_ingestion" --stop-after-init --without-demo=all --http-port "$port" \
    --http-interface 127.0.0.1 --log-level=test --max-cron-threads=0 \
    ${PGHOST:+--db_host "$PGHOST"} ${PGPORT:+--db_port "$PGPORT"} \
    ${PGUSER:+--db_user "$PGUSER"} ${PGPASSWORD:+--db_password "$PGPASSWORD"} \
    2>&1 | tee "$log_dir/odoo.log" | grep -E -A30 "^[0-9-]+ [0-9:,]+ [0-9]+ (ERROR|CRITICAL)" | grep -vE "^[0-9-]+ [0-9:,]+ [0-9]+ INFO"
  local rc=${PIPESTATUS[0]}
  dropdb ${PGHOST:+-h "$PGHOST"} ${PGPORT:+-p "$PGPORT"} ${PGUSER:+-U "$PGUSER"} --if-exists "$db" 2>/dev/null
  # Odoo's summary: "<F> failed, <E> error(s) of <N> tests when loading database"
  local ran=0 fails=0 summary
  summary=$(grep -oE "[0-9]+ failed, [0-9]+ error\(s\) of [0-9]+ tests" "$log_dir/odoo.log" | tail -n 1)
  if [ -n "$summary" ]; then
    read -r fails ran < <(echo "$summary" | awk '{print $1 + $3, $6}')
  fi
  echo "Odoo tests: $ran run, $fails failed or in error (exit $rc)"
  passed_total=$((passed_total + ran - fails))
  failed_total=$((failed_total + fails))
  if [ "$rc" -ne 0 ] || [ "$fails" -ne 0 ] || grep -qE "CRITICAL|Failed to initialize" "$log_dir/odoo.log"; then
    return 1
  fi
  if [ "$ran" -eq 0 ]; then echo "Odoo tier FAILED: no Odoo test ran"; return 1; fi
  return 0
}

if [ -z "${SKIP_ODOO:-}" ]; then
  run_odoo_tier || failed=1
else
  echo "Odoo tier skipped: SKIP_ODOO is set."
fi

echo "total: $passed_total passed, $failed_total failed"
exit $failed
