#!/usr/bin/env bash
# Runs every test suite of ExerciseServer. Installs what the tests need when it is missing, so it works on
# a fresh Debian machine with the .NET 10 SDK and Node.js, as root (CI) or as a user with sudo.
# Ends with one line: "N passed, N failed, N skipped", summed over all suites; exits non-zero on any failure.
set -uo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DEBIAN_FRONTEND=noninteractive

# Debian packages the test suites use; each is installed only when its command (or, for a path, its file) is
# missing. gcc and zlib's headers link exercise-validate when a test publishes it ahead of time (Native AOT).
# (command-or-path:package)
debian_needs=("redis-server:redis-server" "chromium:chromium" "dot:graphviz" "gcc:gcc" "/usr/include/zlib.h:zlib1g-dev")

install_debian_packages() {
  local missing=() entry
  for entry in "${debian_needs[@]}"; do
    local need="${entry%%:*}"
    if [[ "$need" == /* ]]; then [ -e "$need" ]; else command -v "$need" >/dev/null 2>&1; fi || missing+=("${entry##*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo -n"
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq </dev/null && $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
}

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (dotnet on PATH): https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

if [ ${#debian_needs[@]} -gt 0 ]; then
  install_debian_packages || { echo "Could not install the Debian packages the tests need." >&2; echo "0 passed, 1 failed"; exit 1; }
fi

# Mermaid's own parser, which the graph tests run through Node to check every Mermaid diagram.
if [ ! -d tests/mermaid-check/node_modules/mermaid ]; then
  echo "Installing Mermaid's parser for the diagram tests (tests/mermaid-check)"
  npm ci --prefix tests/mermaid-check --no-audit --no-fund </dev/null || { echo "Could not install tests/mermaid-check." >&2; echo "0 passed, 1 failed"; exit 1; }
fi

# openapi-typescript for the stale-types test (web-client/gen-types: it needs the TypeScript 5 API).
if [ ! -d web-client/gen-types/node_modules/openapi-typescript ]; then
  echo "Installing openapi-typescript for the generated-types test (web-client/gen-types)"
  npm ci --prefix web-client/gen-types --no-audit --no-fund </dev/null || { echo "Could not install web-client/gen-types." >&2; echo "0 passed, 1 failed"; exit 1; }
fi

passed=0 failed=0 skipped=0
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# Every xunit project of the solution, through Microsoft.Testing.Platform (see global.json).
echo "== dotnet test (ExerciseServer.sln)"
dotnet test --solution ExerciseServer.sln --no-progress </dev/null 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
read_count() { grep -E "^\s+$1: [0-9]+" "$log" | tail -1 | grep -oE '[0-9]+' || true; }
succeeded=$(read_count succeeded); failures=$(read_count failed); skips=$(read_count skipped)
if [ -z "$succeeded" ]; then
  echo "dotnet test produced no summary (build or start-up failed); counting it as one failure." >&2
  failures=1 succeeded=0 skips=0
fi
passed=$((passed + succeeded)); failed=$((failed + failures)); skipped=$((skipped + skips))
if [ "$status" -ne 0 ] && [ "$failures" -eq 0 ]; then failed=$((failed + 1)); fi

echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
