#!/usr/bin/env bash
# Times the HR dashboard's report request for an employer whose programme has 1,000 and then 1,000,000
# members. Members (accounts, eligibility, seats, enrolments) are seeded straight into MariaDB; two years
# of monthly reports are written as the publishing job writes them. The request reads only published
# cells, so its time should not depend on the number of members.
# Usage: bench/reporting-dashboard.sh [requests]   (needs the jar: mvn -DskipTests package; MariaDB with the SEQUENCE engine)
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-300}"
port="${BENCH_PORT:-18081}"
database="${BENCH_DATABASE:-kap_portal_bench_reports}"
work="$(mktemp -d)"
trap 'kill "${portal:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
sql() { mariadb -h127.0.0.1 -uroot "$database" -e "$1"; }

mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $database; CREATE DATABASE $database CHARACTER SET utf8mb4"
DATASOURCE_URL="jdbc:mysql://127.0.0.1:3306/$database?connectionTimeZone=UTC&rewriteBatchedStatements=true" \
DATASOURCE_USERNAME=root DATASOURCE_PASSWORD= PORT="$port" \
  java -jar backend/target/kap-portal.jar > "$work/portal.log" 2>&1 &
portal=$!
for _ in $(seq 1 90); do curl -sf "localhost:$port/health/readiness" > /dev/null && break; sleep 0.5; done

token=$(curl -sf -X POST "localhost:$port/api/identity/tokens" -H 'Content-Type: application/json' \
  -d '{"email":"hr@sierrasoap.example","password":"KapDemo!2026"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
programme=$(sql "SELECT id FROM programme WHERE status = 'ACTIVE' LIMIT 1" | tail -1)
employer=$(sql "SELECT employer_id FROM programme WHERE id = '$programme'" | tail -1)

# Two years of monthly reports, as the job writes them (the cells' values do not matter to the timing).
sql "INSERT INTO report_publication (id, programme_id, employer_id, period, granularity, period_start, period_end, epsilon, published_at)
     SELECT UUID(), '$programme', '$employer', DATE_FORMAT(DATE_SUB('2026-11-01', INTERVAL seq MONTH), '%Y-%m'), 'MONTH',
            DATE_SUB('2026-11-01', INTERVAL seq MONTH), LAST_DAY(DATE_SUB('2026-11-01', INTERVAL seq MONTH)), 1.5, NOW()
     FROM seq_1_to_24;
     INSERT INTO report_cell (publication_id, metric, value, status)
     SELECT p.id, CONCAT('METRIC_', s.seq), s.seq * 11, 'PUBLISHED' FROM report_publication p JOIN seq_1_to_40 s;"

seed_members() {  # adds members until the programme has $1
  local have
  have=$(sql "SELECT COUNT(*) FROM enrolment WHERE programme_id = '$programme'" | tail -1)
  local add=$(( $1 - have ))
  [ "$add" -le 0 ] && return
  sql "SET FOREIGN_KEY_CHECKS = 0;
       CREATE TEMPORARY TABLE seed (n BIGINT PRIMARY KEY, account CHAR(36), seat CHAR(36), enrolment CHAR(36));
       INSERT INTO seed SELECT seq + $have, UUID(), UUID(), UUID() FROM seq_1_to_$add;
       INSERT INTO user_account (id, sign_in_key, password_hash, role, display_name, employer_id, status, created_at)
         SELECT account, SHA2(CONCAT('bench-', n), 256), 'x', 'MEMBER', CONCAT('Bench ', n), '$employer', 'ACTIVE', NOW() FROM seed;
       INSERT INTO eligibility_entry (id, programme_id, identifier_hash, date_of_birth_hash, upload_id, is_active)
         SELECT 100000000 + n, '$programme', SHA2(CONCAT('id-', n), 256), NULL, 'bench', TRUE FROM seed;
       INSERT INTO seat_reservation (id, programme_id, holder_ref, reserved_at, released_at)
         SELECT seat, '$programme', enrolment, NOW(), NULL FROM seed;
       INSERT INTO enrolment (id, account_id, programme_id, eligibility_entry_id, seat_reservation_id, location_state, status, enrolled_at)
         SELECT enrolment, account, '$programme', 100000000 + n, seat, 'CA', 'ENROLLED', NOW() FROM seed;"
}

measure() {
  for _ in $(seq 1 20); do curl -sf -o /dev/null "localhost:$port/api/reports/programmes/$programme?granularity=MONTH" -H "Authorization: Bearer $token"; done
  for _ in $(seq 1 "$requests"); do
    curl -sf -o /dev/null -w '%{time_total}\n' "localhost:$port/api/reports/programmes/$programme?granularity=MONTH" -H "Authorization: Bearer $token"
  done | sort -n | awk -v label="$1" '{ t[NR] = $1 } END { printf "%s members: %d requests, p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", label, NR, t[int(NR*0.5)]*1000, t[int(NR*0.95)]*1000, t[NR]*1000 }'
}

for members in 1000 1000000; do
  started=$(date +%s)
  seed_members "$members"
  echo "seeded $members members in $(( $(date +%s) - started )) s"
  measure "$members"
done
