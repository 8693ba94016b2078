# Shared by the bench scripts: where results go, the class path of the benchmarks, how to run Java.
OUT=${OUT:-target/bench}
CLASSPATH_FILE=target/bench-classpath.txt
JAVA_OPTS=(-Djava.util.logging.manager=org.jboss.logmanager.LogManager -Dorg.jboss.logging.provider=jboss)

# BENCH_QUICK=1 runs every phase briefly, for trying the scripts out; its figures are not worth reporting.
QUICK=${BENCH_QUICK:-0}

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

bench_classpath() {
  echo "target/bench-classes:target/classes:$(cat "$CLASSPATH_FILE")"
}

bench_java() {
  java "${JAVA_OPTS[@]}" -cp "$(bench_classpath)" "$@"
}
