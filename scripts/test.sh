#!/usr/bin/env bash
# The project's test command (README, CI): installs the package, makes sure a
# Docker engine, the runner images and the local sandbox's compilers exist,
# then runs every test.
# Under CI (CI=true, 1 or yes) anything missing is a failure; elsewhere the
# tests that need it are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

under_ci() {
  case "$(printf '%s' "${CI:-}" | tr '[:upper:]' '[:lower:]')" in
    true | 1 | yes) return 0 ;;
  esac
  return 1
}

if ! python3 -m pip install -q -e ".[dev]" >/tmp/proctorx-pip.log 2>&1; then
  cat /tmp/proctorx-pip.log >&2
  echo "test.sh: installing the package and its test dependencies failed" >&2
  exit 1
fi

# The local sandbox's tests compile and run C, C++ and Java on this machine.
missing=()
command -v gcc >/dev/null 2>&1 || missing+=(gcc)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v javac >/dev/null 2>&1 || missing+=(default-jdk-headless)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing ${missing[*]} for the local sandbox's tests" >&2
    export DEBIAN_FRONTEND=noninteractive
    if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >/tmp/proctorx-apt.log 2>&1; then
      cat /tmp/proctorx-apt.log >&2
      echo "test.sh: installing ${missing[*]} failed" >&2
      under_ci && exit 1
    fi
  elif under_ci; then
    echo "test.sh: ${missing[*]} missing and not root to install them; under CI that is a failure" >&2
    exit 1
  else
    echo "test.sh: ${missing[*]} missing (run as root to install them): the local sandbox tests that need them will be skipped" >&2
  fi
fi

if bash scripts/ensure-docker.sh; then
  python3 -m tui images build
elif under_ci; then
  echo "test.sh: no Docker engine could be started; under CI that is a failure" >&2
  exit 1
else
  echo "test.sh: no Docker engine: the tests that need one will be skipped" >&2
fi

# The serve test drives a real headless browser: Debian's chromium (and the
# emoji font the verdicts are drawn with), installed when missing, as root.
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  browser=(chromium fonts-noto-color-emoji)
  if ! apt-get install -y -qq "${browser[@]}" >/tmp/proctorx-apt.log 2>&1; then
    apt-get update -qq >>/tmp/proctorx-apt.log 2>&1 || true
    apt-get install -y -qq "${browser[@]}" >>/tmp/proctorx-apt.log 2>&1 \
      || echo "test.sh: chromium could not be installed (/tmp/proctorx-apt.log): the browser test fails under CI" >&2
  fi
fi

# The code's shape first: one style, no lint (pyproject.toml's [tool.ruff]).
python3 -m ruff check .
python3 -m ruff format --check .

python3 -m pytest -q "$@"
