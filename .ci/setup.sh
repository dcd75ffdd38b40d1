#!/usr/bin/env bash
# Installs what the build and the tests need on a fresh Debian machine: a JDK 17, Maven, and
# Debian's Chromium with its driver for the report's browser test. Idempotent; needs root for apt.
set -euo pipefail
missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
# charts are drawn by Java2D, which needs fontconfig and a font
[[ -n "$(fc-list 2>/dev/null | head -n 1)" ]] || missing+=(fontconfig fonts-dejavu-core)
if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $(id -u) -ne 0 ]] && ! command -v sudo >/dev/null 2>&1; then
    echo "setup: please install ${missing[*]} (needs root)" >&2; exit 1
  fi
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
  echo "setup: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
