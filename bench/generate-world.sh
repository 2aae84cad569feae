#!/usr/bin/env bash
# Builds a synthetic world for load benchmarks: 1,000 employers, 1,000,000 eligibility entries, 100,000 members at every
# stage of the journey, 300 providers, 1,000,000 questionnaire results, 500,000 care sessions (--scale small: 1/100).
# The portal creates the schema itself (Flyway), then bench/world/GenerateWorld.java loads the rows; bench/world/README.md.
# Usage: bench/generate-world.sh [--scale full|small] [--database kap_bench] [--publish-reports]
#                                [--properties bench/target/world.properties]
# Needs the jar (mvn -DskipTests package, or KAP_JAR=...), MariaDB/MySQL on 127.0.0.1:3306 as root, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=full
database=kap_bench
publish=false
properties=bench/target/world.properties
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    --database) database="$2"; shift 2 ;;
    --publish-reports) publish=true; shift ;;
    --properties) properties="$2"; shift 2 ;;
    *) echo "Usage: $0 [--scale full|small] [--database kap_bench] [--publish-reports] [--properties file]" >&2; exit 2 ;;
  esac
done
case "$scale" in full|small) ;; *) echo "--scale is full or small" >&2; exit 2 ;; esac
# Other databases on this server belong to other people's tests.
[[ "$database" =~ ^kap_bench[A-Za-z0-9_]*$ ]] || { echo "Only databases named kap_bench* are (re)created" >&2; exit 2; }
jar="${KAP_JAR:-backend/target/kap-portal.jar}"
[ -f "$jar" ] || { echo "No portal jar at $jar: run mvn -DskipTests package or set KAP_JAR" >&2; exit 1; }
url="jdbc:mysql://127.0.0.1:3306/$database?connectionTimeZone=UTC&rewriteBatchedStatements=true"
work="$(mktemp -d)"
trap '[ -n "${portal:-}" ] && kill "$portal" 2>/dev/null; rm -rf "$work"' EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
start_portal() {
  port=$(free_port)
  DATASOURCE_URL="$url" DATASOURCE_USERNAME=root DATASOURCE_PASSWORD= KAP_DEMO=false PORT="$port" \
    java -jar "$jar" > "$work/portal.log" 2>&1 &
  portal=$!
  for _ in $(seq 1 180); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/health/readiness")" = 200 ] && return 0
    kill -0 "$portal" 2>/dev/null || break
    sleep 1
  done
  echo "The portal did not become ready; its log:" >&2
  tail -40 "$work/portal.log" >&2
  exit 1
}
stop_portal() { kill "$portal"; wait "$portal" 2>/dev/null || true; portal=; }

started=$(date +%s)
mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS \`$database\`;
  CREATE DATABASE \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
echo "Applying the schema: starting the portal once against $database"
start_portal
stop_portal
echo "Schema ready in $(( $(date +%s) - started )) s"

mkdir -p "$(dirname "$properties")"
java -Xmx8g -cp "$jar" bench/world/GenerateWorld.java --scale "$scale" --database "$database" --properties "$properties"

if [ "$publish" = true ]; then
  # The portal's own nightly job, run now through the operator's API: it computes every closed month and quarter.
  # The request outlives the server's idle timeouts at full scale, so completion is read from report_refresh.
  echo "Publishing reports through the portal (it reads every member of every programme for every period)"
  published_from=$(date +%s)
  export MICRONAUT_SERVER_IDLE_TIMEOUT=6h MICRONAUT_SERVER_READ_IDLE_TIMEOUT=6h MICRONAUT_SERVER_WRITE_IDLE_TIMEOUT=6h
  start_portal
  admin=$(grep -m1 '^admin.email=' "$properties" | cut -d= -f2-)
  password=$(grep -m1 '^password=' "$properties" | cut -d= -f2-)
  token=$(curl -sf -X POST "localhost:$port/api/identity/tokens" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$admin\",\"password\":\"$password\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  curl -s -o /dev/null --max-time 21600 -X POST "localhost:$port/api/reports/refresh" -H "Authorization: Bearer $token" &
  sql() { mariadb -h127.0.0.1 -uroot -N "$database" -e "$1"; }
  until [ "$(sql "SELECT COUNT(*) FROM report_refresh WHERE finished_at IS NOT NULL")" -gt 0 ]; do
    kill -0 "$portal" 2>/dev/null || { echo "The portal stopped while publishing:" >&2; tail -40 "$work/portal.log" >&2; exit 1; }
    sleep 30
    echo "  $(sql "SELECT COUNT(*) FROM report_publication") reports published ($(( $(date +%s) - published_from )) s)"
  done
  stop_portal
  echo "Reports published in $(( $(date +%s) - published_from )) s: $(sql "SELECT published FROM report_refresh ORDER BY id DESC LIMIT 1")"
fi
echo "World $database ($scale) ready in $(( $(date +%s) - started )) s; see $properties"
