#!/usr/bin/env bash
# The project's test command (README: ./stance test). Installs what the tests need, then runs
# every module's tests. CI calls this same script through .ci/run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
"$ROOT/.ci/setup.sh"
export OMP_NUM_THREADS=1
mvn -B install "$@"
# the notebooks are part of the product: run them all headless (fails on the first failing cell)
"$ROOT/stance" notebooks --execute
