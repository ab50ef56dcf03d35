# Shared set-up for run_tests.sh and run_odoo.sh (sourced, not run).
#
# heymilo_find_odoo   sets ODOO_PATH: $ODOO_PATH, else ../shared/odoo18 next to
#                     the checkout, else empty (no Odoo source tree); fails when
#                     ODOO_PATH names something that is not an Odoo tree.
# heymilo_python      sets PY: a venv under the checkout ($VENV, default .venv)
#                     with the addon's and the tests' requirements, and Odoo's
#                     own when ODOO_PATH is set; reinstalled only when one of the
#                     requirement files changed. SKIP_INSTALL=1 uses $PYTHON as is.
# heymilo_postgres    a reachable PostgreSQL: PGHOST/PGUSER/... as given, else the
#                     local Debian cluster, started, with a superuser role for the
#                     current user (when run as root).
# heymilo_system_packages  Debian packages the tests and the product use
#                     (chromium for the tour, tesseract-ocr for scans), installed
#                     with apt-get when missing and run as root.

HEYMILO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

heymilo_find_odoo() {
  if [ -z "${ODOO_PATH:-}" ] && [ -f "$HEYMILO_ROOT/../shared/odoo18/odoo/release.py" ]; then
    ODOO_PATH=$(cd "$HEYMILO_ROOT/../shared/odoo18" && pwd)
  fi
  export ODOO_PATH=${ODOO_PATH:-}
  if [ -n "$ODOO_PATH" ] && [ ! -f "$ODOO_PATH/odoo/release.py" ]; then
    echo "ODOO_PATH=$ODOO_PATH is not an Odoo source tree (no odoo/release.py)" >&2
    return 1
  fi
}

heymilo_python() {
  if [ -n "${SKIP_INSTALL:-}" ]; then
    PY=${PYTHON:-python3}
    return 0
  fi
  local venv=${VENV:-$HEYMILO_ROOT/.venv}
  local base=${PYTHON:-python3}
  if [ ! -x "$venv/bin/python" ]; then
    echo "== creating $venv with $($base --version 2>&1)"
    "$base" -m venv "$venv" || { echo "could not create a venv with $base"; return 1; }
  fi
  PY=$venv/bin/python
  local wanted=("$HEYMILO_ROOT/requirements.txt" "$HEYMILO_ROOT/requirements-test.txt")
  local odoo_requirements=$venv/odoo-requirements.txt
  if [ -n "$ODOO_PATH" ]; then
    "$PY" -m pip install -q --disable-pip-version-check packaging >/dev/null 2>&1 \
      || { echo "pip install packaging failed"; return 1; }
    "$PY" "$HEYMILO_ROOT/scripts/odoo_requirements.py" "$ODOO_PATH/requirements.txt" >"$odoo_requirements" \
      || return 1
    wanted+=("$odoo_requirements")
  fi
  local stamp
  stamp=$(cat "${wanted[@]}" | sha256sum | cut -c1-16)
  if [ "$(cat "$venv/.heymilo-stamp" 2>/dev/null)" != "$stamp" ]; then
    echo "== installing requirements into $venv (${wanted[*]##*/})"
    local args=()
    for file in "${wanted[@]}"; do args+=(-r "$file"); done
    # (this machine's pip config names local indexes that may be absent: drop those warnings)
    "$PY" -m pip install -q --disable-pip-version-check --prefer-binary "${args[@]}" \
      2> >(grep -v "is ignored: it is neither a file nor a directory" >&2) \
      || { echo "pip install failed"; return 1; }
    # The Odoo tree may be read-only (CI): its byte code goes to the venv, compiled
    # once here (quietly: old packages' DeprecationWarnings would be logged by Odoo).
    PYTHONPYCACHEPREFIX=$venv/pycache "$PY" -W ignore -m compileall -q -j 0 "$venv/lib" \
      ${ODOO_PATH:+"$ODOO_PATH/odoo" "$ODOO_PATH/addons"} >/dev/null 2>&1 || true
    echo "$stamp" >"$venv/.heymilo-stamp"
  fi
  export PYTHONPYCACHEPREFIX=$venv/pycache
}

heymilo_postgres() {
  if [ -n "${PGHOST:-}" ]; then
    pg_isready -q 2>/dev/null || echo "PostgreSQL at PGHOST=$PGHOST does not answer yet"
    return 0
  fi
  if ! pg_isready -q 2>/dev/null && command -v pg_lsclusters >/dev/null; then
    local ver name
    read -r ver name _ < <(pg_lsclusters -h | head -n 1)
    if [ -n "${ver:-}" ]; then
      echo "== starting PostgreSQL $ver/$name"
      pg_ctlcluster "$ver" "$name" start || true
    fi
    for _ in $(seq 40); do pg_isready -q 2>/dev/null && break; sleep 0.5; done
  fi
  if ! pg_isready -q 2>/dev/null; then
    echo "no PostgreSQL server is reachable (install and start one, or set PGHOST/PGUSER/PGPASSWORD)"
    return 1
  fi
  if [ "$(id -u)" = 0 ] && [ -z "${PGUSER:-}" ] && command -v runuser >/dev/null; then
    runuser -u postgres -- psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname='$(id -un)'" 2>/dev/null | grep -q 1 \
      || runuser -u postgres -- createuser -s "$(id -un)" \
      || { echo "could not create the PostgreSQL role $(id -un)"; return 1; }
  fi
}

# Tesseract: the page packs (ocr_languages), then the models a scan's name line is read again with
# (ocr_name_languages): the Latin script model and the scripts of the labelled corpora.
HEYMILO_APT_PACKAGES=(chromium tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-deu
  tesseract-ocr-spa tesseract-ocr-por tesseract-ocr-ita tesseract-ocr-nld tesseract-ocr-ind
  tesseract-ocr-script-latn tesseract-ocr-rus tesseract-ocr-ell tesseract-ocr-chi-sim tesseract-ocr-jpn
  tesseract-ocr-kor)
# Optional at run time (the addon works without them): LibreOffice converts Word 97-2003 .doc files
# (~260 MB installed, ~45 s to install). The test command installs it so that the .doc tests run.
HEYMILO_OPTIONAL_APT_PACKAGES=(libreoffice-writer-nogui)

heymilo_system_packages() {
  local missing=()
  for package in "${HEYMILO_APT_PACKAGES[@]}" "${HEYMILO_OPTIONAL_APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "missing Debian packages (install them as root): ${missing[*]}"
    return 0
  fi
  echo "== apt-get install ${missing[*]}"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}") >/dev/null 2>&1 || echo "could not install ${missing[*]}: the tour or OCR tests will fail"
}

# Odoo's addons path for ODOO_PATH plus this checkout (and ODOO_ADDONS_PATH).
heymilo_addons_path() {
  echo "$ODOO_PATH/odoo/addons,$ODOO_PATH/addons,$HEYMILO_ROOT${ODOO_ADDONS_PATH:+,$ODOO_ADDONS_PATH}"
}
