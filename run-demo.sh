#!/usr/bin/env bash
# Runs the demo order service under perfagent, then prints the report of that run.
#   ./run-demo.sh                 # 20-second run
#   ./run-demo.sh --duration 60   # any demo-app option (--threads N, --leak, --requests N)
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -f agent/target/perfagent.jar ] || [ ! -f demo-app/target/demo-app.jar ]; then
  echo "Building perfagent and the demo (first run only)..."
  mvn -B -q -DskipTests package
fi

agent="$PWD/agent/target/perfagent.jar"
reports="$PWD/demo-app/target/demo-reports/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$reports"

# demo-app/agent.properties selects the demo's packages; the agent reads ./agent.properties, so run from there.
cd demo-app
PERFAGENT_REPORT_DIR="$reports" java -javaagent:"$agent" -jar target/demo-app.jar "$@"

echo
echo "Report files: $reports"
latest=$(ls -t "$reports"/*-latest.txt 2>/dev/null | head -1 || true)
if [ -n "$latest" ]; then
  cat "$latest"
else
  java -jar "$agent" report "$reports"
fi
