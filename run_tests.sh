#!/usr/bin/env bash
# The one command that runs every test of heymilo_ingestion (CI's .ci/run):
#   1. sets up a venv (.venv) with the addon's, the tests' and Odoo's requirements,
#      the Debian packages the tests use (chromium, tesseract-ocr) and PostgreSQL;
#   2. lints (ruff, pylint-odoo with Odoo on its path: errors fail the run);
#   3. runs the engine tests (tests/) with plain pytest;
#   4. with an Odoo 18 source tree (ODOO_PATH, else ../shared/odoo18) or an
#      importable Odoo 18, installs the addon in a throwaway database, runs its
#      Odoo tests (heymilo_ingestion/tests, the browser tour included) and drops it.
# Environment: PYTHON (the Python the venv is made from, default python3), VENV,
# ODOO_PATH, ODOO_ADDONS_PATH, PGHOST/PGPORT/PGUSER/PGPASSWORD, SKIP_INSTALL=1
# (use $PYTHON as it is: nothing installed), SKIP_ODOO=1, TEST_TAGS (Odoo's
# --test-tags, default /heymilo_ingestion; e.g. /heymilo_ingestion:TestGateway).
set -uo pipefail
cd "$(dirname "$0")"
# shellcheck source=scripts/env.sh
source scripts/env.sh
failed=0
passed_total=0
failed_total=0
log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT

count() {  # count <log> <word> -> the number before the last "<N> <word>", or 0
  grep -oE "[0-9]+ $2" "$1" | tail -n 1 | grep -oE '^[0-9]+' || echo 0
}

heymilo_find_odoo || { echo "total: 0 passed, 1 failed"; exit 1; }
heymilo_python || { echo "total: 0 passed, 1 failed"; exit 1; }
[ -n "${SKIP_INSTALL:-}" ] || heymilo_system_packages
[ -n "$ODOO_PATH" ] && export PYTHONPATH="$ODOO_PATH${PYTHONPATH:+:$PYTHONPATH}"

# Odoo 18 as the tests will see it: the directory of its `odoo` package, or empty.
odoo_dir=
odoo_probe='import odoo, os; assert odoo.release.version_info[0] == 18, odoo.release.version; print(os.path.dirname(odoo.__file__))'
if [ -z "${SKIP_ODOO:-}" ]; then
  if ! odoo_dir=$("$PY" -c "$odoo_probe" 2>"$log_dir/odoo-import.log") && [ -n "$ODOO_PATH" ]; then
    # A tree was found or named: failing to import it is an error, never a skip.
    echo "Odoo tier FAILED: Odoo 18 at ODOO_PATH=$ODOO_PATH does not import:"
    tail -n 5 "$log_dir/odoo-import.log"
    echo "total: 0 passed, 1 failed"
    exit 1
  fi
fi

echo "== ruff"
"$PY" -m ruff check . || { failed=1; failed_total=$((failed_total + 1)); }
echo "== pylint-odoo"
pylint_args=(--rcfile=.pylintrc --disable=no-member,unsubscriptable-object)
# no-member / unsubscriptable-object misread the ORM's dynamic attributes (OCA does not enable them).
# Without Odoo, `import odoo` and the libraries only Odoo brings cannot resolve: not the code's errors.
[ -n "$odoo_dir" ] || pylint_args+=(--ignored-modules=odoo,markupsafe,psycopg2,werkzeug,lxml,freezegun)
"$PY" -m pylint "${pylint_args[@]}" heymilo_ingestion
rc=$?
if [ $((rc & 3)) -ne 0 ]; then failed=1; failed_total=$((failed_total + 1)); fi

echo "== engine tests (pytest tests/)"
"$PY" -m pytest tests/ 2>&1 | tee "$log_dir/pytest.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || failed=1
passed_total=$((passed_total + $(count "$log_dir/pytest.log" passed)))
failed_total=$((failed_total + $(count "$log_dir/pytest.log" failed) + $(count "$log_dir/pytest.log" error)))

run_odoo_tier() {
  local addons
  if [ -n "$ODOO_PATH" ]; then
    addons=$(heymilo_addons_path)
  else
    addons="$odoo_dir/addons,$PWD${ODOO_ADDONS_PATH:+,$ODOO_ADDONS_PATH}"
    [ -d "$odoo_dir/../addons" ] && addons="$(cd "$odoo_dir/../addons" && pwd),$addons"
  fi
  heymilo_postgres || { echo "Odoo tier FAILED: no PostgreSQL"; return 1; }
  local db="heymilo_test_$$"
  local port data_dir
  port=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  data_dir="$log_dir/odoo-data"
  echo "== Odoo tests (database $db, addons $addons)"
  "$PY" -m odoo server --addons-path="$addons" -d "$db" -i heymilo_ingestion --data-dir "$data_dir" \
    --test-tags "${TEST_TAGS:-/heymilo_ingestion}" --stop-after-init --without-demo=all --http-port "$port" \
    --http-interface 127.0.0.1 --log-level=test --max-cron-threads=0 \
    ${PGHOST:+--db_host "$PGHOST"} ${PGPORT:+--db_port "$PGPORT"} \
    ${PGUSER:+--db_user "$PGUSER"} ${PGPASSWORD:+--db_password "$PGPASSWORD"} \
    >"$log_dir/odoo.log" 2>&1
  # Into a file, not a pipe: a browser a test left behind would hold a pipe open for ever.
  local rc=$?
  pkill -f -- "--user-data-dir=/tmp/[^ ]*_chrome_odoo" 2>/dev/null || true
  grep -aE -A30 "^[0-9-]+ [0-9:,]+ [0-9]+ (ERROR|CRITICAL)" "$log_dir/odoo.log" | grep -avE "^[0-9-]+ [0-9:,]+ [0-9]+ INFO"
  dropdb ${PGHOST:+-h "$PGHOST"} ${PGPORT:+-p "$PGPORT"} ${PGUSER:+-U "$PGUSER"} --if-exists "$db" 2>/dev/null
  # Odoo's summary: "<F> failed, <E> error(s) of <N> tests when loading database"
  local ran=0 fails=0 summary
  summary=$(grep -aoE "[0-9]+ failed, [0-9]+ error\(s\) of [0-9]+ tests" "$log_dir/odoo.log" | tail -n 1)
  if [ -n "$summary" ]; then
    read -r fails ran < <(echo "$summary" | awk '{print $1 + $3, $6}')
  fi
  echo "Odoo tests: $ran run, $fails failed or in error (exit $rc)"
  passed_total=$((passed_total + ran - fails))
  failed_total=$((failed_total + fails))
  if [ "$rc" -ne 0 ] || [ "$fails" -ne 0 ] || grep -aqE "CRITICAL|Failed to initialize" "$log_dir/odoo.log"; then
    return 1
  fi
  if [ "$ran" -eq 0 ]; then echo "Odoo tier FAILED: no Odoo test ran"; return 1; fi
  # Odoo skips a browser test whose Chrome did not start in time: a tour that did not run is no pass.
  if grep -aE " skipped .*([Cc]hrome|devtools)" "$log_dir/odoo.log"; then
    echo "Odoo tier FAILED: a browser test was skipped"; failed_total=$((failed_total + 1)); return 1
  fi
  return 0
}

if [ -n "${SKIP_ODOO:-}" ]; then
  echo "Odoo tier skipped: SKIP_ODOO is set."
elif [ -z "$odoo_dir" ]; then
  echo "Odoo tier skipped: no Odoo 18 (set ODOO_PATH to an Odoo 18 source tree, or install Odoo 18 in the Python in use)."
else
  run_odoo_tier || failed=1
fi

echo "total: $passed_total passed, $failed_total failed"
exit $failed
