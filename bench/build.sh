#!/usr/bin/env bash
# Packages the service and compiles the benchmarks (src/bench/java, into target/bench-classes), tests not run.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

log "packaging the service and compiling the benchmarks"
mvn -B -q -Pbench package -DskipTests
mvn -B -q -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE"
