#!/usr/bin/env bash
# Starts the portal against a generated world and checks, with curl, that its people can use it: a member signs in and
# sees their journey and identity, an HR admin reads reports, a therapist reads the referral queue, a prescriber the
# clearance queue, a member searches slots and books one, and the audit chain verifies. Booking changes the world.
# Usage: bench/world/verify-world.sh [--database kap_bench] [--properties bench/target/world.properties]
# Needs curl and jq; KAP_JAR overrides the jar (default backend/target/kap-portal.jar).
set -euo pipefail
cd "$(dirname "$0")/../.."
database=kap_bench
properties=bench/target/world.properties
while [ $# -gt 0 ]; do
  case "$1" in
    --database) database="$2"; shift 2 ;;
    --properties) properties="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
jar="${KAP_JAR:-backend/target/kap-portal.jar}"
work="$(mktemp -d)"
trap '[ -n "${portal:-}" ] && kill "$portal" 2>/dev/null; rm -rf "$work"' EXIT

prop() { grep -m1 "^$1=" "$properties" | cut -d= -f2-; }
nth() { echo "$1" | cut -d, -f"$2"; }
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
DATASOURCE_URL="jdbc:mysql://127.0.0.1:3306/$database?connectionTimeZone=UTC&rewriteBatchedStatements=true" \
DATASOURCE_USERNAME=root DATASOURCE_PASSWORD= KAP_DEMO=false PORT="$port" java -jar "$jar" > "$work/portal.log" 2>&1 &
portal=$!
for _ in $(seq 1 120); do curl -sf "localhost:$port/health/readiness" > /dev/null && break; sleep 1; done
base="http://localhost:$port"
password=$(prop password)
failures=0

token() {  # e-mail -> access token
  curl -s -X POST "$base/api/identity/tokens" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$password\"}" | jq -r '.accessToken // empty'
}
check() {  # label, expected status, token, method, path, [body]
  local label="$1" expected="$2" bearer="$3" method="$4" path="$5" body="${6:-}"
  local args=(-s -o "$work/answer.json" -w '%{http_code} %{time_total}' -X "$method" "$base$path" -H "Authorization: Bearer $bearer")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' -d "$body")
  local result
  result=$(curl "${args[@]}")
  local status="${result% *}"
  local summary
  summary=$(jq -c "$JQ" "$work/answer.json" 2>/dev/null | cut -c1-220 || head -c 200 "$work/answer.json")
  if [ "$status" = "$expected" ]; then echo "ok   $label: HTTP $status in ${result#* } s  $summary"
  else echo "FAIL $label: HTTP $status (expected $expected)  $(head -c 400 "$work/answer.json")"; failures=$((failures + 1)); fi
}

# A random one: booking changes the member, so a second run should pick someone else.
pick=$(( RANDOM % $(prop members.care | tr ',' '\n' | wc -l) + 1 ))
member=$(nth "$(prop members.care)" "$pick")
kind=$(nth "$(prop members.care.next-session)" "$pick")
setting=$(nth "$(prop members.care.setting)" "$pick")
echo "member $member (can book $kind, setting $setting)"
t=$(token "$member"); [ -n "$t" ] && echo "ok   member sign-in" || { echo "FAIL member sign-in"; failures=$((failures + 1)); }
JQ='{pseudonym, sponsorDisplayName, steps: [.steps[] | "\(.key):\(.status)"]}' check "member journey" 200 "$t" GET /api/journey/me
JQ='{status, therapist: .therapist.displayName, nextStep, hoursRemaining, sessions: (.sessions | length), followUps: (.followUps | length)}' \
  check "member care plan" 200 "$t" GET /api/care/me
JQ='{legalName, birthDate, email}' check "member identity (vault decrypt)" 200 "$t" GET /api/enrolment/me/identity
JQ='{status, therapist: .therapist.displayName, reasons: [.reasons[].code]}' check "member referral" 200 "$t" GET /api/referrals/me
JQ='{kind, durationMinutes, slots: (.slots | length), first: .slots[0]}' check "member slot search ($kind)" 200 "$t" GET "/api/care/me/slots?kind=$kind"
slot=$(jq -r '.slots[0] // empty' "$work/answer.json")
if [ -n "$slot" ]; then
  body="{\"kind\":\"$kind\",\"startsAt\":\"$slot\"}"
  [ "$kind" = MEDICINE ] && [ "$setting" = HOME_WITH_SITTER ] && body="{\"kind\":\"$kind\",\"startsAt\":\"$slot\",\"sitterName\":\"Sam Sitter\",\"sitterAttested\":true}"
  JQ='{id, kind, status, startsAt, therapistName}' check "member books the first slot" 201 "$t" POST /api/care/me/sessions "$body"
else
  echo "FAIL no open slot to book"; failures=$((failures + 1))
fi

other=$(nth "$(prop members.other)" 1)
t=$(token "$other")
JQ='[.steps[] | select(.status == "CURRENT") | .key]' check "member at stage $(nth "$(prop members.other.stage)" 1) journey" 200 "$t" GET /api/journey/me

identifier=$(nth "$(prop enrolment.work-identifiers)" 1)
birth=$(nth "$(prop enrolment.birth-dates)" 1)
body="{\"enrolmentCode\":\"$(prop enrolment.code)\",\"workIdentifier\":\"$identifier\"${birth:+,\"dateOfBirth\":\"$birth\"}}"
JQ='.' check "eligibility check of an unenrolled employee ($identifier)" 200 none POST /api/enrolment/eligibility-checks "$body"

hr=$(prop hr.largest.email)
programme=$(nth "$(prop hr.largest.programmes)" 1)
t=$(token "$hr")
JQ='[.[] | .name]' check "HR report programmes ($hr)" 200 "$t" GET /api/reports/programmes
JQ='{programmeName, granularity, periods: (.periods | length)}' check "HR report series" 200 "$t" GET "/api/reports/programmes/$programme?granularity=MONTH"
JQ='[.[] | {name, status}] | .[0:3]' check "HR programmes" 200 "$t" GET /api/sponsorship/programmes
JQ='{title: .title, status}' check "HR cannot read another employer's programme" 404 "$t" GET "/api/sponsorship/programmes/$(nth "$(prop hr.small.programmes)" 1)"

therapist=$(nth "$(prop therapists)" 1)
t=$(token "$therapist")
JQ='{queued: length}' check "therapist referral queue ($therapist)" 200 "$t" GET /api/referrals/queue
JQ='{accepted: length, first: .[0].pseudonym}' check "therapist accepted referrals" 200 "$t" GET /api/referrals/mine
JQ='{sessions: length}' check "therapist agenda, next 4 weeks" 200 "$t" GET "/api/care/provider/sessions?from=$(date -u -I)&to=$(date -u -I -d '+28 days')"
referral=$(curl -s "$base/api/referrals/mine" -H "Authorization: Bearer $t" | jq -r '.[0].id // empty')
JQ='{status, pseudonym, identityOpened: (.identity.legalName != null)}' check "therapist opens an accepted referral (vault decrypt)" 200 "$t" GET "/api/referrals/$referral"

prescriber=$(nth "$(prop prescribers)" 1)
t=$(token "$prescriber")
JQ='{queued: length, urgentFirst: (.[0].urgent)}' check "prescriber clearance queue ($prescriber)" 200 "$t" GET /api/clearance/queue

t=$(token "$(prop admin.email)")
JQ='.' check "audit chain verifies" 200 "$t" GET /api/audit/verify
if ! jq -e '.intact' "$work/answer.json" > /dev/null; then echo "FAIL the audit chain is broken"; failures=$((failures + 1)); fi

echo "$failures failure(s)"
exit $(( failures > 0 ))
