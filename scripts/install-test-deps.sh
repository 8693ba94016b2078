#!/usr/bin/env bash
# Installs what the tests need and a fresh machine lacks. Safe to run again: it only installs what is missing.
# Java, Maven and PostgreSQL are required. Chromium and its driver run the browser tests; without root to install
# them, those tests skip and say so, so a missing browser is a warning here rather than a failure.
set -euo pipefail

need=()
command -v mvn >/dev/null 2>&1 || need+=(maven)
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need+=(postgresql)
browser=()
[ -x /usr/bin/chromium ] || browser+=(chromium)
[ -x /usr/bin/chromedriver ] || browser+=(chromium-driver)

if [ ${#need[@]} -eq 0 ] && [ ${#browser[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  if [ ${#browser[@]} -gt 0 ]; then
    echo "Missing: ${browser[*]}; the browser tests will skip. Install with: sudo apt-get install -y ${browser[*]}" >&2
  fi
  if [ ${#need[@]} -gt 0 ]; then
    echo "Missing: ${need[*]}. Install them with: sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  exit 0
fi
echo "Installing ${need[*]} ${browser[*]} ..."
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" "${browser[@]}" >/dev/null
