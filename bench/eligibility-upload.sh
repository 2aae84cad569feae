#!/usr/bin/env bash
# Times the upload of a 100,000-row eligibility list to a freshly started portal on MariaDB/MySQL.
# Usage: bench/eligibility-upload.sh [rows]   (needs the jar: mvn -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-100000}"
port="${BENCH_PORT:-18080}"
database="${BENCH_DATABASE:-kap_portal_bench}"
work="$(mktemp -d)"
trap 'kill "${portal:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $database; CREATE DATABASE $database CHARACTER SET utf8mb4"
DATASOURCE_URL="jdbc:mysql://127.0.0.1:3306/$database?connectionTimeZone=UTC&rewriteBatchedStatements=true" \
DATASOURCE_USERNAME=root DATASOURCE_PASSWORD= PORT="$port" \
  java -jar backend/target/kap-portal.jar > "$work/portal.log" 2>&1 &
portal=$!
for _ in $(seq 1 60); do curl -sf "localhost:$port/health/readiness" > /dev/null && break; sleep 0.5; done

token=$(curl -sf -X POST "localhost:$port/api/identity/tokens" -H 'Content-Type: application/json' \
  -d '{"email":"hr@sierrasoap.example","password":"KapDemo!2026"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
programme=$(curl -sf -X POST "localhost:$port/api/sponsorship/programmes" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' \
  -d "{\"name\":\"Bench\",\"startsOn\":\"$(date -I -d yesterday)\",\"endsOn\":\"$(date -I -d '+1 year')\",\"seats\":100,\"packageHours\":18,\"pricePerSeatUsd\":3150,\"coveredServices\":[\"PREPARATION\"],\"states\":[\"CA\"]}" \
  | sed -E 's/.*"id":"([^"]+)".*/\1/')

awk -v n="$rows" 'BEGIN { print "email,date_of_birth"; for (i = 0; i < n; i++) printf "employee%d@bigcorp.example,19%02d-%02d-%02d\n", i, 50 + i % 50, 1 + i % 12, 1 + i % 28 }' > "$work/list.csv"
echo "file: $rows rows, $(du -h "$work/list.csv" | cut -f1)"

for mode in REPLACE REPLACE APPEND; do
  result=$(curl -s -o "$work/answer.json" -w '%{http_code} %{time_total}' -X POST \
    "localhost:$port/api/sponsorship/programmes/$programme/eligibility?mode=$mode" \
    -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary "@$work/list.csv")
  echo "$mode: HTTP ${result% *} in ${result#* } s -> $(cat "$work/answer.json")"
done
