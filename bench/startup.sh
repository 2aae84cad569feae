#!/usr/bin/env bash
# Start-up time and memory of the portal, with and without an AppCDS archive of its classes.
#   bench/startup.sh [--database kap_bench] [--runs 3]
# Needs backend/target/kap-portal.jar (mvn -DskipTests package) and a migrated database.
set -euo pipefail
cd "$(dirname "$0")/.."

database=kap_bench
runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --database) database=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: $0 [--database NAME] [--runs N]" >&2; exit 2 ;;
  esac
done
jar=${KAP_JAR:-backend/target/kap-portal.jar}
archive=bench/target/kap-portal.jsa
mkdir -p bench/target
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# Prints "ready_ms rss_mib" for one start with the given JVM options.
start_once() {
  local begun pid ready
  begun=$(date +%s%N)
  DATASOURCE_URL="jdbc:mysql://127.0.0.1:3306/$database?connectionTimeZone=UTC&rewriteBatchedStatements=true" \
    DATASOURCE_USERNAME=root DATASOURCE_PASSWORD= KAP_DEMO=false PORT=$port \
    java "$@" -jar "$jar" > bench/target/startup-portal.log 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health/readiness" > /dev/null; do
    kill -0 "$pid" 2> /dev/null || { echo "the portal stopped; see bench/target/startup-portal.log" >&2; exit 1; }
    sleep 0.02
  done
  ready=$(( ($(date +%s%N) - begun) / 1000000 ))
  echo "$ready $(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 ))"
  kill "$pid"; wait "$pid" 2> /dev/null || true
}

# The heap is capped as a container limit would cap it; without a cap the JVM takes a quarter of the machine.
heap=(-Xmx256m -XX:+UseSerialGC)
echo "| JVM options | ready ms (each run) | RSS MiB at ready |"
echo "|---|---|---|"
measure() {
  local label=$1; shift
  local times="" rss=""
  for _ in $(seq 1 "$runs"); do
    read -r ms mib < <(start_once "$@")
    times="$times $ms"; rss="$rss $mib"
  done
  echo "| $label |$times |$rss |"
}
measure "default" "${heap[@]}"
# One training start records the classes the portal loads; later starts map them instead of parsing the jar.
start_once "${heap[@]}" -XX:ArchiveClassesAtExit="$archive" > /dev/null
measure "AppCDS archive" "${heap[@]}" -XX:SharedArchiveFile="$archive"
