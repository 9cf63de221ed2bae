#!/usr/bin/env bash
# The project's test command (README, CI): installs the package, makes sure a
# Docker engine and the runner images exist, then runs every test.
# Under CI=true a missing engine is a failure; elsewhere the Docker tests skip.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m pip install -q -e ".[dev]" 2>&1 | grep -v -e "^WARNING: Running pip as the 'root' user" -e "is ignored: it is neither" || true

if bash scripts/ensure-docker.sh; then
  python3 -m tui images build
elif [ "${CI:-}" = "true" ]; then
  echo "test.sh: no Docker engine could be started; under CI that is a failure" >&2
  exit 1
else
  echo "test.sh: no Docker engine: the tests that need one will be skipped" >&2
fi

python3 -m pytest -q "$@"
