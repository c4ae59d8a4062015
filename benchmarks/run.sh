#!/usr/bin/env bash
# Runs every perfagent benchmark and writes BENCHMARKS.md (docs/benchmarks.md explains each part).
#   benchmarks/run.sh           full run (about 25 minutes on 2 cores); writes BENCHMARKS.md
#   benchmarks/run.sh --quick   shorter iterations and fewer rounds (about 8 minutes); writes BENCHMARKS.md
#   benchmarks/run.sh --smoke   every benchmark once, briefly, to prove it runs (CI, under 3 minutes);
#                               writes benchmarks/target/BENCHMARKS-smoke.md and leaves BENCHMARKS.md alone
# Exits non-zero as soon as a benchmark fails to run, a peer cannot be fetched, or a tool's instrumentation
# cannot be verified. Figures that miss a target are reported in the file, not turned into a failure.
set -euo pipefail

MODE=full
case "${1:-}" in
  "") ;;
  --quick) MODE=quick ;;
  --smoke) MODE=smoke ;;
  *) echo "usage: benchmarks/run.sh [--quick|--smoke]" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."
ROOT=$(pwd)
JDK17=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
JDK25=${PERFAGENT_TEST_BENCH_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JDK17/bin/java"
OTEL_VERSION=2.22.0
TARGET=benchmarks/target
RESULTS=$TARGET/results
BENCH_JAR=$TARGET/benchmarks.jar

log() { echo "benchmarks: $(date +%H:%M:%S) $*" >&2; }

case $MODE in
  full)  JMH=(-wi 5 -w 1s -i 15 -r 400ms); ROUNDS=3; F25=(); MOO=(--calls 2000000 --rounds 5 --check-calls 200)
         STARTUP=(--runs 10); FOOT=(--runs 3) ;;
  quick) JMH=(-wi 3 -w 500ms -i 8 -r 300ms); ROUNDS=3; F25=(); MOO=(--calls 1000000 --rounds 3 --check-calls 200)
         STARTUP=(--runs 10); FOOT=(--runs 1) ;;
  smoke) JMH=(-wi 0 -i 1 -r 100ms); ROUNDS=1; F25=(-f 1); MOO=(--calls 2000 --rounds 1 --check-calls 20)
         STARTUP=(--runs 1); FOOT=(--runs 1 --keys 100 --rounds 5 --settle-ms 1100) ;;
esac

if [ "${PERFAGENT_TEST_BENCH_SKIP_BUILD:-}" != "1" ]; then
  log "building perfagent.jar, demo-app.jar and benchmarks.jar"
  mvn -B -q -o -pl agent,demo-app,benchmarks -am package -Dmaven.test.skip=true \
    || mvn -B -q -pl agent,demo-app,benchmarks -am package -Dmaven.test.skip=true
fi
for jar in agent/target/perfagent.jar demo-app/target/demo-app.jar "$BENCH_JAR"; do
  [ -f "$jar" ] || { log "missing $jar"; exit 1; }
done

rm -rf "$RESULTS" "$TARGET/reports" "$TARGET/moo" "$TARGET/footprint"
mkdir -p "$RESULTS" "$TARGET/peers" "$TARGET/cds"

OTEL_JAR=$TARGET/peers/opentelemetry-javaagent-$OTEL_VERSION.jar
if [ ! -f "$OTEL_JAR" ]; then
  log "fetching the OpenTelemetry Java agent $OTEL_VERSION from Maven Central"
  mvn -B -q -N dependency:copy -Dartifact=io.opentelemetry.javaagent:opentelemetry-javaagent:$OTEL_VERSION \
    -DoutputDirectory="$TARGET/peers" -Dmdep.useBaseVersion=true
fi

HAVE25=0
if [ -x "$JDK25/bin/java" ]; then
  HAVE25=1
  # A CDS archive matching -javaagent's implied --add-modules java.instrument (see "Why an empty agent slows JDBC").
  "$JDK25/bin/java" -Xshare:dump -XX:SharedArchiveFile=$TARGET/cds/java-instrument-25.jsa \
    --add-modules java.instrument > "$TARGET/cds/dump.log" 2>&1 || { log "CDS dump failed"; exit 1; }
else
  log "no JDK 25 at $JDK25: JFR method timing and the JDK 25 rows are left out"
fi

{
  echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc=$(nproc)"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "memory=$(free -g | awk '/Mem:/ {print $2 " GiB"}')"
  echo "os=$(uname -sr)"
  echo "jdk17=$("$JAVA" -version 2>&1 | sed -n 2p)"
  [ $HAVE25 = 1 ] && echo "jdk25=$("$JDK25/bin/java" -version 2>&1 | sed -n 2p)"
  echo "load_start=$(cut -d' ' -f1-3 /proc/loadavg)"
} > "$RESULTS/env.txt"

COMMANDS=$RESULTS/commands.txt
: > "$COMMANDS"
run() { # records the command for BENCHMARKS.md, then runs it
  echo "$*" | sed "s#$ROOT/##g" >> "$COMMANDS"
  "$@"
}

# The targets compare best iterations of different benchmarks (woven vs plain, vs the floor, perfagent vs the empty
# agent). Run one after the other, each would see other minutes of a shared machine, whose clock alone can cost
# a third more from one minute to the next; so those benchmarks run in rounds, one fork each per round, and the
# report keeps each one's best iteration over all rounds (JmhResults). Round 1 runs every benchmark.
TARGETED=('FloorBenchmark.twoNanoTimes' 'FloorBenchmark.twoTicks' 'PlainCall' 'WovenTime'
          'JdbcPlain' 'JdbcEmptyAgent' 'JdbcPerfagent')
log "JMH on JDK 17 (mode $MODE), round 1 of $ROUNDS"
run "$JAVA" -jar "$BENCH_JAR" -e Archived "${JMH[@]}" -f 1 -prof gc -foe true -rf json -rff "$RESULTS/jmh-17.json"
for round in $(seq 2 "$ROUNDS"); do
  log "JMH on JDK 17, round $round of $ROUNDS: the floor, plain and woven calls and JDBC"
  run "$JAVA" -jar "$BENCH_JAR" "${TARGETED[@]}" -e Archived "${JMH[@]}" -f 1 -prof gc -foe true -rf json \
    -rff "$RESULTS/jmh-17-round$round.json"
done
if [ $HAVE25 = 1 ]; then
  log "JMH JDBC on JDK 25"
  run "$JAVA" -jar "$BENCH_JAR" 'Jdbc' -jvm "$JDK25/bin/java" "${JMH[@]}" "${F25[@]}" -prof gc -foe true -rf json \
    -rff "$RESULTS/jmh-25.json"
fi

log "MooBench-style driver with peers"
run "$JAVA" -cp "$BENCH_JAR" io.perfagent.benchmarks.moo.MooRunner "${MOO[@]}" --depth 10 \
  --jdk17 "$JDK17" --jdk25 "$JDK25" --otel "$OTEL_JAR" --out "$RESULTS/moo.json"

log "start-up"
run "$JAVA" -cp "$BENCH_JAR" io.perfagent.benchmarks.startup.StartupRunner "${STARTUP[@]}" --jdk "$JDK17" \
  --out "$RESULTS/startup.json"

log "footprint"
run "$JAVA" -cp "$BENCH_JAR" io.perfagent.benchmarks.footprint.FootprintRunner "${FOOT[@]}" --jdk "$JDK17" \
  --out "$RESULTS/footprint.json"

echo "load_end=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS/env.txt"
OUT=BENCHMARKS.md
[ $MODE = smoke ] && OUT=$TARGET/BENCHMARKS-smoke.md
"$JAVA" -cp "$BENCH_JAR" io.perfagent.benchmarks.report.BenchmarksReport --results "$RESULTS" --mode $MODE \
  --out "$OUT"
log "done: $OUT"
