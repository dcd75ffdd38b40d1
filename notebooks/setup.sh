#!/usr/bin/env bash
# Installs Jupyter from Debian's packages (no pip): the notebook server, nbconvert and nbclient.
# Idempotent: calls apt-get only when something is missing. Needs root (or sudo) for apt.
set -euo pipefail
# Debian's Jupyter runs on Debian's Python; a pyenv or venv python3 earlier on PATH must not shadow it
export PATH="/usr/bin:/bin:$PATH"

have() {
  /usr/bin/python3 -c "import $1" >/dev/null 2>&1
}

missing=()
[[ -x /usr/bin/jupyter ]] || missing+=(jupyter-core)
[[ -x /usr/bin/jupyter-notebook ]] || missing+=(jupyter-notebook)
[[ -x /usr/bin/jupyter-nbconvert ]] || missing+=(jupyter-nbconvert)
have nbclient || missing+=(python3-nbclient)
have jupyter_client || missing+=(python3-jupyter-client)
have nbformat || missing+=(python3-nbformat)
# XChart draws charts with Java2D, which needs fontconfig and a font
[[ -n "$(fc-list 2>/dev/null)" ]] || missing+=(fontconfig fonts-dejavu-core)

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null 2>&1 || { echo "notebooks/setup.sh: please install ${missing[*]} (apt, needs root)" >&2; exit 1; }
  SUDO=sudo
fi
echo "notebooks/setup.sh: installing ${missing[*]} from Debian" >&2
$SUDO apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
