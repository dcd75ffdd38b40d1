#!/usr/bin/env bash
# The notebooks (./stance notebooks): Jupyter on a Java kernel that runs the project's own code.
#   ./stance notebooks [--port N]            open Jupyter on notebooks/ at http://127.0.0.1:N/ (default 8888)
#   ./stance notebooks --execute [NB...]     run every notebook (or the named ones) headless, in order,
#                                            and write the executed copies back; stops at the first
#                                            failing cell, naming the notebook and the cell
# Jupyter comes from Debian (notebooks/setup.sh); the kernelspec is written under notebooks/.jupyter/,
# found through JUPYTER_PATH, so nothing is installed for the user or the system.
# Environment: STANCE_CELL_TIMEOUT (seconds per cell, default 600), STANCE_KERNEL_XMX (default 3g).
set -euo pipefail
NB="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$NB")"
cd "$ROOT"
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
# Debian's Jupyter on Debian's Python: a pyenv or venv python3 first on PATH must not shadow it
export PATH="/usr/bin:/bin:$PATH"
export JUPYTER_PATH="$NB/.jupyter"
export JUPYTER_RUNTIME_DIR="$NB/.jupyter/runtime"
KERNEL_NAME=stance-java
KERNEL_JAR="$ROOT/kernel/target/stance-kernel-0.1.0-SNAPSHOT.jar"
NOTEBOOKS=(01-corpus.ipynb 02-training.ipynb 03-readout.ipynb 04-evaluation.ipynb)

die() { echo "notebooks: $*" >&2; exit 1; }

build() {
  command -v java >/dev/null 2>&1 && command -v mvn >/dev/null 2>&1 || die "Java 17 and Maven are required"
  local stamp="$ROOT/kernel/target/classpath.txt"
  if [[ ! -f "$stamp" || ! -f "$KERNEL_JAR" ]] \
     || [[ -n "$(find "$ROOT/pom.xml" "$ROOT/core" "$ROOT/training" "$ROOT/kernel" \( -name '*.java' -o -name 'pom.xml' -o -name '*.properties' \) -newer "$stamp" -not -path '*/target/*' -print -quit)" ]]; then
    echo "notebooks: building (mvn install -DskipTests)..." >&2
    mvn -B -q install -DskipTests >&2
    touch "$stamp"
  fi
}

# kernel.json: java on the kernel jar and its runtime classpath (core, training and their libraries).
# The project's own jars are copied next to it: a kernel loads classes lazily, and a rebuild that
# rewrites target/*.jar under a running kernel would break it in mid-notebook.
kernelspec() {
  local dir="$JUPYTER_PATH/kernels/$KERNEL_NAME" java cp="" entry copy
  local entries=()
  java="$(command -v java)"
  rm -rf "$dir"
  mkdir -p "$dir/lib" "$JUPYTER_RUNTIME_DIR"
  IFS=: read -ra entries <<< "$KERNEL_JAR:$(cat "$ROOT/kernel/target/classpath.txt")"
  for entry in "${entries[@]}"; do
    if [[ "$entry" == "$ROOT"/* ]]; then
      copy="$dir/lib/$(basename "$entry")"
      [[ -d "$entry" ]] && copy="$dir/lib/$(basename "$(dirname "$(dirname "$entry")")")-$(basename "$entry")"
      cp -r "$entry" "$copy"
      entry="$copy"
    fi
    cp="${cp:+$cp:}$entry"
  done
  /usr/bin/python3 - "$dir/kernel.json" "$java" "${STANCE_KERNEL_XMX:-3g}" "$cp" "$KERNEL_NAME" <<'PY'
import json, sys
path, java, xmx, cp, name = sys.argv[1:6]
spec = {
    "argv": [java, "-Xmx" + xmx, "-Djava.awt.headless=true", "-cp", cp,
             "org.stance.kernel.StanceKernel", "{connection_file}"],
    "display_name": "Java (Stance)",
    "language": "java",
    "interrupt_mode": "message",
    "env": {"OMP_NUM_THREADS": "1"},
    "metadata": {"generated_by": "notebooks/run.sh"},
}
with open(path, "w") as f:
    json.dump(spec, f, indent=1)
    f.write("\n")
PY
}

ensure_model() {
  if [[ ! -f "$ROOT/models/ACTIVE" ]]; then
    echo "notebooks: no active model; training the default one (./stance train --promote)..." >&2
    "$ROOT/stance" train --promote >&2
  fi
}

execute=0
port=8888
names=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --execute) execute=1; shift ;;
    --port) port="$2"; shift 2 ;;
    --port=*) port="${1#--port=}"; shift ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "notebooks: unknown option $1 (see ./stance notebooks --help)" >&2; exit 2 ;;
    *) names+=("$1"); shift ;;
  esac
done

paths=()
if [[ $execute -eq 1 ]]; then
  [[ ${#names[@]} -gt 0 ]] || names=("${NOTEBOOKS[@]}")
  for n in "${names[@]}"; do
    if [[ "$n" != */* && -f "$NB/$n" ]]; then
      paths+=("$NB/$n")
    elif [[ -f "$n" ]]; then
      paths+=("$(cd "$(dirname "$n")" && pwd)/$(basename "$n")")
    else
      echo "notebooks: no notebook $n (give a name in notebooks/ or a path)" >&2; exit 2
    fi
  done
elif [[ ${#names[@]} -gt 0 ]]; then
  echo "notebooks: notebook names go with --execute; Jupyter opens on the folder" >&2; exit 2
fi

"$NB/setup.sh"
build
kernelspec

if [[ $execute -eq 1 ]]; then
  ensure_model
  exec /usr/bin/python3 "$NB/execute.py" --kernel "$KERNEL_NAME" --timeout "${STANCE_CELL_TIMEOUT:-600}" \
    --failed-dir "$NB/.jupyter/failed" "${paths[@]}"
fi

token="$(/usr/bin/python3 -c 'import secrets; print(secrets.token_hex(16))')"
root_flag=()
[[ $(id -u) -eq 0 ]] && root_flag=(--allow-root)
echo "notebooks: open http://127.0.0.1:$port/tree?token=$token (Ctrl-C stops Jupyter)" >&2
exec /usr/bin/jupyter notebook --no-browser --ip=127.0.0.1 --port="$port" --port-retries=0 \
  --notebook-dir="$NB" --NotebookApp.token="$token" "${root_flag[@]}"
