#!/usr/bin/env bash
# The load benchmark (issue 9): starts the portal jar against a synthetic world (bench/generate-world.sh), drives each
# hot path from a second process on loopback and prints a results table with the targets beside the figures; the table
# is also written to bench/target/load-results.md. bench/README.md explains the scenarios and how to read the table.
# Usage: bench/load.sh [--database kap_bench] [--seconds 20] [--warmup 5] [--properties bench/target/world.properties]
#   [--only abcdefgh] (the scenarios to run, by their letters in bench/README.md; default all)
# Environment: KAP_JAR (default backend/target/kap-portal.jar), KAP_JAVA_OPTS (the portal's JVM options, default -Xmx256m as a container limit would set),
#   LOAD_CONNECTIONS (client connections of the max-throughput scenarios and threads of the bare JDBC loop, default 8),
#   LOAD_BOOKING_RATE (200), LOAD_FLOOD_RATE (sign-ins a second, 100), LOAD_JOURNEY_RATE (home-page requests a second
#   during the flood comparison, 100), LOAD_DASHBOARD_RATE (HR dashboard requests a second for its latency target, 50),
#   LOAD_APPCDS (true: start with a class-data archive as the container image does), LOAD_BUFFER_POOL_MIB (MariaDB's
#   InnoDB buffer pool during the run, 2048; put back afterwards).
# Needs: java 17, wrk (installed with apt-get when missing), curl, python3, MariaDB on 127.0.0.1:3306 as root.
set -euo pipefail
cd "$(dirname "$0")/.."

database=kap_bench
seconds=20
warmup=
properties=
only=abcdefgh
usage() { echo "Usage: $0 [--database kap_bench] [--seconds 20] [--warmup 5] [--properties FILE] [--only abcdefgh]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --database) database="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --properties) properties="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    *) usage ;;
  esac
done
[[ "$database" =~ ^kap_bench[A-Za-z0-9_]*$ ]] || { echo "Only databases named kap_bench* are benchmarked (the portal writes into them)" >&2; exit 2; }
[[ "$seconds" =~ ^[0-9]+$ ]] && [ "$seconds" -gt 0 ] || usage
# Warm-up before each measurement (JIT, connection pools, buffer pool): 5 s, or the measured time if shorter.
[ -n "$warmup" ] || warmup=$(( seconds < 5 ? seconds : 5 ))
[[ "$warmup" =~ ^[0-9]+$ ]] || usage
[[ "$only" =~ ^[a-h]+$ ]] || usage
want() { [[ "$only" == *"$1"* ]]; }
if [ -z "$properties" ]; then
  # generate-world.sh writes bench/target/world.properties unless told otherwise; a second world keeps its own file,
  # e.g. kap_bench_small -> bench/target/world-small.properties.
  suffix="${database#kap_bench}"; suffix="${suffix#_}"
  properties=bench/target/world.properties
  [ -n "$suffix" ] && [ -f "bench/target/world-$suffix.properties" ] && properties="bench/target/world-$suffix.properties"
fi
[ -f "$properties" ] || { echo "No world properties at $properties: run bench/generate-world.sh first (bench/README.md)" >&2; exit 1; }
jar="${KAP_JAR:-backend/target/kap-portal.jar}"
[ -f "$jar" ] || { echo "No portal jar at $jar: build it (mvn -DskipTests package) or set KAP_JAR" >&2; exit 1; }
connections="${LOAD_CONNECTIONS:-8}"
booking_rate="${LOAD_BOOKING_RATE:-200}"
flood_rate="${LOAD_FLOOD_RATE:-100}"
journey_rate="${LOAD_JOURNEY_RATE:-100}"
dashboard_rate="${LOAD_DASHBOARD_RATE:-50}"
wrk_threads=$(( connections < 2 ? connections : 2 ))

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk > /dev/null; then
  echo "load: installing wrk"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk
fi

load_before=$(cut -d" " -f1-3 /proc/loadavg)
# generate-world.sh drops and reloads a world; a run that overlaps one measures nothing useful, so it is flagged.
world_stamp() { echo "$(stat -c %Y "$properties") $(mariadb -h127.0.0.1 -uroot -N -e "SELECT MAX(installed_on) FROM \`$database\`.flyway_schema_history" 2> /dev/null || true)"; }
stamp_before=$(world_stamp)
url="jdbc:mysql://127.0.0.1:3306/$database?connectionTimeZone=UTC&rewriteBatchedStatements=true"
mkdir -p bench/target
results=bench/target/load-results.md
portal_log=bench/target/load-portal.log
work="$(mktemp -d)"
portal=
stop_portal() {
  if [ -n "$portal" ] && kill -0 "$portal" 2> /dev/null; then
    kill "$portal" 2> /dev/null || true
    wait "$portal" 2> /dev/null || true
  fi
  portal=
}
# The database server as production would run it: the full world (~1.7 GB of tables and indexes) in the buffer pool,
# not the 128 MiB a packaged MariaDB starts with. Put back as it was when the run ends.
pool_before=$(mariadb -h127.0.0.1 -uroot -N -e "SELECT @@innodb_buffer_pool_size")
pool_run=$(( ${LOAD_BUFFER_POOL_MIB:-2048} * 1024 * 1024 ))
restore_pool() { [ "$pool_before" = "$pool_run" ] || mariadb -h127.0.0.1 -uroot -e "SET GLOBAL innodb_buffer_pool_size = $pool_before" || true; }
[ "$pool_before" = "$pool_run" ] || mariadb -h127.0.0.1 -uroot -e "SET GLOBAL innodb_buffer_pool_size = $pool_run"
trap 'stop_portal; restore_pool; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
# field LINE KEY: the value of KEY=value in a RESULT line.
field() { sed -E "s/.* $2=([^ ]+).*/\1/" <<< " $1"; }
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
judge() { awk -v v="$1" -v limit="$2" -v dir="$3" 'BEGIN { ok = (dir == "le") ? (v <= limit) : (v >= limit); print ok ? "PASS" : "FAIL" }'; }

# --- 1. Start the portal; time to the first ready answer; resident memory. ---
port=$(free_port)
base="http://127.0.0.1:$port"
java_opts=${KAP_JAVA_OPTS:--Xmx256m}
# The container image starts with a class-data archive made by one training start beside the jar (infra/Dockerfile);
# so does the benchmark, unless LOAD_APPCDS=false.
if [ "${LOAD_APPCDS:-true}" = true ]; then
  archive="$work/kap-portal.jsa"
  echo "load: training start for the class-data archive"
  PORT="$port" java -XX:ArchiveClassesAtExit="$archive" -jar "$jar" > "$work/training.log" 2>&1 &
  trainer=$!
  until curl -sf -o /dev/null --max-time 1 "$base/health/readiness"; do
    kill -0 "$trainer" 2> /dev/null || { echo "The training start stopped; its log:" >&2; tail -40 "$work/training.log" >&2; exit 1; }
    sleep 0.2
  done
  kill "$trainer"; wait "$trainer" 2> /dev/null || true
  java_opts="$java_opts -XX:SharedArchiveFile=$archive"
fi
echo "load: starting the portal ($jar) against $database on port $port"
started_ns=$(date +%s%N)
# shellcheck disable=SC2086 # the options are several words
DATASOURCE_URL="$url" DATASOURCE_USERNAME=root DATASOURCE_PASSWORD= KAP_DEMO=false PORT="$port" \
  java $java_opts -jar "$jar" > "$portal_log" 2>&1 &
portal=$!
ready_ms=
while [ -z "$ready_ms" ]; do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$base/health/readiness")" = 200 ]; then
    ready_ms=$(( ($(date +%s%N) - started_ns) / 1000000 ))
  elif ! kill -0 "$portal" 2> /dev/null || [ $(( ($(date +%s%N) - started_ns) / 1000000000 )) -gt 180 ]; then
    echo "The portal did not become ready; its log:" >&2
    tail -40 "$portal_log" >&2
    exit 1
  else
    sleep 0.02
  fi
done
rss_ready=$(rss_mib "$portal")
echo "load: ready in $ready_ms ms, RSS $rss_ready MiB"

# --- Tokens: everyone signs in once (access tokens live 15 minutes; signed in again after 12). ---
prepared_at=0
prepare() {
  echo "load: signing the world's accounts in and listing requests ($properties)" >&2
  java -cp "$jar" bench/load/Prepare.java "$base" "$properties" "$work" "$url" >&2
  prepared_at=$(date +%s)
}
fresh_tokens() { [ $(( $(date +%s) - prepared_at )) -lt 720 ] || prepare; }
prepare

# --- 2. The scenarios. ---
# wrk_run NAME LIST: closed loop at full speed with $connections connections; warm-up first, then the measured run.
wrk_run() {
  fresh_tokens
  echo "load: $1 (wrk, $connections connections, ${warmup} s warm-up + ${seconds} s)" >&2
  if [ "$warmup" -gt 0 ]; then
    wrk -t"$wrk_threads" -c"$connections" -d"${warmup}s" --timeout 10s -s bench/load/requests.lua "$base" -- "$work/$2" > /dev/null
  fi
  wrk -t"$wrk_threads" -c"$connections" -d"${seconds}s" --timeout 10s -s bench/load/requests.lua "$base" -- "$work/$2" \
    | tee "$work/$1.out" | grep '^RESULT' | tail -1
}
# paced_run NAME STREAM...: fixed-rate streams (bench/load/Paced.java); prints its RESULT lines.
paced_run() {
  local name="$1"; shift
  fresh_tokens
  echo "load: $name (fixed rate: $*, ${warmup} s warm-up + ${seconds} s)" >&2
  local streams=()
  for stream in "$@"; do streams+=(--stream "$stream"); done
  java bench/load/Paced.java --base "$base" --seconds "$seconds" --warmup "$warmup" "${streams[@]}" | tee "$work/$name.out"
}

# settle: after an overload the portal keeps working off what it accepted; wait until it answers promptly again
# (three readiness answers under 250 ms in a row, at most two minutes) so the next scenario starts clean.
settle() {
  local fast=0 took
  for _ in $(seq 1 240); do
    took=$(curl -s -o /dev/null -w '%{time_total}' --max-time 5 "$base/health/readiness" || true)
    if awk -v t="${took:-9}" 'BEGIN { exit !(t < 0.25) }'; then
      fast=$(( fast + 1 ))
      [ "$fast" -ge 3 ] && return 0
    else
      fast=0
    fi
    sleep 0.5
  done
  echo "load: the portal still answers slowly two minutes after the last scenario" >&2
}

declare -A rows
# wrk_row KEY SCENARIO WHAT RESULT-LINE TARGET VERDICT
wrk_row() {
  local line="$4" rps errors
  rps=$(awk -v n="$(field "$line" requests)" -v us="$(field "$line" duration_us)" 'BEGIN { printf "%.0f", n / (us / 1e6) }')
  errors=$(( $(field "$line" socket_errors) + $(field "$line" status_errors) + $(field "$line" timeouts) ))
  rows[$1]="| $2 | $3 | $rps | $(ms "$(field "$line" p50_us)") | $(ms "$(field "$line" p95_us)") | $(ms "$(field "$line" p99_us)") | $errors | $5 | $6 |"
}
# paced_row KEY SCENARIO WHAT RESULT-LINE TARGET VERDICT (req/s: answers a second, whatever their status)
paced_row() {
  local line="$4"
  rows[$1]="| $2 | $3 | $(printf '%.0f' "$(field "$line" rate)") | $(ms "$(field "$line" p50_us)") | $(ms "$(field "$line" p95_us)") | $(ms "$(field "$line" p99_us)") | $(field "$line" errors) | $5 | $6 |"
}
stream() { grep "^RESULT stream=$1 " <<< "$2" | tail -1; }
wrk_errors() { echo $(( $(field "$1" socket_errors) + $(field "$1" status_errors) + $(field "$1" timeouts) )); }

# The closed-loop scenarios first; the fixed-rate ones, which can overload the portal, last.

# (a) Sign-in, rotating through the members.
if want a; then
  a=$(wrk_run signin signin.tsv)
  wrk_row a "(a) sign-in" "\`POST /api/identity/tokens\`, rotating members" "$a" "—" ""
  settle
fi

# (b) The member home page: the calls it makes that answer 2xx, rotating through members and calls.
if want b; then
  b=$(wrk_run journey journey.tsv)
  wrk_row b "(b) member home page" "the 6 GETs the page loads (\`/api/identity/me\`, \`/api/journey/me\`, \`/api/enrolment/me\`, \`/api/clearance/me\`, \`/api/referrals/me\`, \`/api/care/me\`), rotating members" "$b" "—" ""
fi

# (c) Slot search for members in care, each for the kind they book next.
if want c; then
  c=$(wrk_run slots slots.tsv)
  wrk_row c "(c) slot search" "\`GET /api/care/me/slots?kind=…\`, members in care" "$c" "—" ""
fi

# (e) The therapist's referral page: the queue of offered referrals and the accepted ones.
if want e; then
  e1=$(wrk_run queue queue.tsv)
  wrk_row e1 "(e) referral queue" "\`GET /api/referrals/queue\`, rotating therapists" "$e1" "—" ""
  e2=$(wrk_run mine mine.tsv)
  wrk_row e2 "(e) accepted referrals" "\`GET /api/referrals/mine\` (the same page loads it), rotating therapists" "$e2" "—" ""
fi

# (f) The HR dashboard of the largest employer and of a small one: at full speed for throughput, where latency is
# mostly queueing (8 connections ÷ throughput, Little's law), and at a fixed moderate rate for the latency target.
if want f; then
  f1=$(wrk_run dashboard-large dashboard-large.tsv)
  wrk_row f1 "(f) HR dashboard, largest employer, full speed" "\`GET /api/reports/programmes/{id}?granularity=MONTH\`, one HR admin" "$f1" "—" ""
  f2=$(wrk_run dashboard-small dashboard-small.tsv)
  wrk_row f2 "(f) HR dashboard, small employer, full speed" "the same for a small employer" "$f2" "—" ""
  f3=$(stream dashboard "$(paced_run dashboard-large-paced "dashboard:$dashboard_rate:$work/dashboard-large.tsv")")
  verdict=$(judge "$(field "$f3" p95_us)" 10000 le); [ "$(field "$f3" errors)" = 0 ] || verdict=FAIL
  paced_row f3 "(f) HR dashboard, largest employer, at $dashboard_rate/s" "the same request, fixed rate" "$f3" "p95 ≤ 10 ms" "$verdict"
  f4=$(stream dashboard "$(paced_run dashboard-small-paced "dashboard:$dashboard_rate:$work/dashboard-small.tsv")")
  verdict=$(judge "$(field "$f4" p95_us)" 10000 le); [ "$(field "$f4" errors)" = 0 ] || verdict=FAIL
  paced_row f4 "(f) HR dashboard, small employer, at $dashboard_rate/s" "the same request, fixed rate" "$f4" "p95 ≤ 10 ms" "$verdict"
  f5=$(stream floor "$(paced_run floor-paced "floor:$dashboard_rate:$work/floor.tsv")")
  paced_row f5 "(f) floor: the start page at $dashboard_rate/s" "\`GET /\` (static, no token, no database), fixed rate: what the machine and the driver add to any request at this rate" "$f5" "—" ""
fi

# (h) An authenticated indexed read at full speed, against the same reads through bare JDBC.
if want h; then
  h=$(wrk_run me me.tsv)
  wrk_row h1 "(h) authenticated indexed read" "\`GET /api/identity/me\`, rotating members" "$h" "see ratio" ""
  echo "load: bare JDBC (${connections} threads, ${warmup} s warm-up + ${seconds} s)" >&2
  jdbc=$(java -cp "$jar" bench/load/BareJdbc.java "$url" "$connections" "$seconds" "$warmup" "$work/ids.tsv" | grep '^RESULT' | tail -1)
  h_rps=$(awk -v n="$(field "$h" requests)" -v us="$(field "$h" duration_us)" 'BEGIN { printf "%.1f", n / (us / 1e6) }')
  jdbc_rps=$(field "$jdbc" per_second)
  ratio=$(awk -v a="$h_rps" -v b="$jdbc_rps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  rows[h2]="| (h) bare JDBC, the same reads | account and employer by primary key, $connections threads and connections, prepared statements ($(printf '%.0f' "$(field "$jdbc" queries_per_second)") queries/s) | $(printf '%.0f' "$jdbc_rps") | | | | $(field "$jdbc" failures) | | |"
  rows[h3]="| (h) ratio | portal req/s ÷ bare JDBC request-equivalents/s | **$ratio×** | | | | | ≥ 0.5× | $(judge "$ratio" 0.5 ge) |"
fi

# (d) Booking at a fixed rate: book a session in a free slot, then cancel it so the member can book again.
if want d; then
  d=$(paced_run booking "booking:$booking_rate:$work/booking.tsv:booking")
  d_book=$(stream booking "$d")
  verdict=$(judge "$(field "$d_book" p99_us)" 100000 le); [ "$(field "$d_book" errors)" = 0 ] || verdict=FAIL
  d_wait=$(ms "$(field "$(stream booking-wait "$d")" p99_us)")
  paced_row d1 "(d) booking at $booking_rate/s" "\`POST /api/care/me/sessions\` (PREPARATION or MEDICINE, the member's next kind), fixed rate, $(wc -l < "$work/booking.tsv") members; a tick waited for an idle member: p99 $d_wait ms" "$d_book" "p99 ≤ 100 ms, no errors" "$verdict"
  paced_row d2 "(d) … its cancellations" "\`POST /api/care/sessions/{id}/cancel\` right after each booking (not paced)" "$(stream booking-cancel "$d")" "—" ""
  settle
  # Bookings whose answer never came (client time-out) are still booked: cancel them, so the world stays as generated.
  java -cp "$jar" bench/load/Prepare.java "$base" "$properties" "$work" "$url" --sweep >&2
fi

# (g) The home page at a moderate fixed rate, alone and then during a sign-in flood.
if want g; then
  g1=$(paced_run journey-alone "journey:$journey_rate:$work/journey.tsv")
  paced_row g1 "(g) home page at $journey_rate/s, alone" "the requests of (b), fixed rate" "$(stream journey "$g1")" "—" ""
  settle
  g2=$(paced_run journey-flood "journey:$journey_rate:$work/journey.tsv" "signin:$flood_rate:$work/signin.tsv")
  g2_line=$(stream journey "$g2")
  g2_signin=$(stream signin "$g2")
  verdict=$(judge "$(field "$g2_line" p99_us)" 200000 le); [ "$(field "$g2_line" errors)" = 0 ] || verdict=FAIL
  paced_row g2 "(g) home page at $journey_rate/s, during the flood" "the same, while the sign-ins below run" "$g2_line" "p99 ≤ 200 ms" "$verdict"
  paced_row g3 "(g) sign-in flood at $flood_rate/s" "\`POST /api/identity/tokens\`, rotating members; answers: $(field "$g2_signin" statuses)" "$g2_signin" "—" ""
  settle
fi

# --- 3. Resident memory at the end; the table. ---
rss_end=$(rss_mib "$portal")
stop_portal
warning=
if [ "$(world_stamp)" != "$stamp_before" ]; then
  warning="**Warning: the world ($database / $properties) was regenerated during this run; these figures are not valid.**"
  echo "load: $warning" >&2
fi

scale=$(sed -n 's/^generated.scale=//p' "$properties")
{
  echo "## Load benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Database \`$database\` (world scale: ${scale:-unknown}), ${seconds} s per scenario after ${warmup} s warm-up," \
       "$connections client connections at full speed, $(nproc) cores, load average before the run: $load_before." \
       "Portal JVM options: \`${java_opts//$work\//}\`; MariaDB buffer pool $(( pool_run / 1024 / 1024 )) MiB."
  echo
  [ -z "$warning" ] || { echo "$warning"; echo; }
  echo "| scenario | what | req/s | p50 ms | p95 ms | p99 ms | errors | target | result |"
  echo "|---|---|---:|---:|---:|---:|---:|---|---|"
  echo "| startup | process start → first \`GET /health/readiness\` 200 | | | | | | ≤ 3000 ms: **$ready_ms ms** | $(judge "$ready_ms" 3000 le) |"
  echo "| memory | VmRSS right after ready | | | | | | ≤ 300 MiB: **$rss_ready MiB** | $(judge "$rss_ready" 300 le) |"
  echo "| memory | VmRSS at the end of the run | | | | | | ≤ 512 MiB (the pod's limit): **$rss_end MiB** | $(judge "$rss_end" 512 le) |"
  for key in a b c d1 d2 e1 e2 f1 f2 f3 f4 f5 g1 g2 g3 h1 h2 h3; do [ -z "${rows[$key]:-}" ] || echo "${rows[$key]}"; done
  echo
  echo "Errors: answers other than 2xx, socket errors and time-outs. Fixed-rate rows (d, g) time each request from the" \
       "moment it was due, so queueing in the driver counts. Preparation: $(paste -sd ';' "$work/prepare.txt" | sed 's/;/; /g')."
} > "$work/results.md"
cp "$work/results.md" "$results"
# The drivers' own output (RESULT lines with status counts) and the preparation summary, for a closer look.
rm -rf bench/target/load-raw && mkdir -p bench/target/load-raw && cp "$work"/*.out "$work/prepare.txt" bench/target/load-raw/ 2> /dev/null || true
echo
cat "$results"
echo
echo "load: table written to $results; the portal's log is $portal_log, the drivers' output in bench/target/load-raw/"
