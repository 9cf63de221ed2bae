#!/usr/bin/env bash
# The project's test command (README, CI): installs the package, makes sure a
# Docker engine and the runner images exist, then runs every test.
# Under CI=true a missing engine is a failure; elsewhere the Docker tests skip.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! python3 -m pip install -q -e ".[dev]" >/tmp/proctorx-pip.log 2>&1; then
  cat /tmp/proctorx-pip.log >&2
  echo "test.sh: installing the package and its test dependencies failed" >&2
  exit 1
fi

if bash scripts/ensure-docker.sh; then
  python3 -m tui images build
elif [ "${CI:-}" = "true" ]; then
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

python3 -m pytest -q "$@"
