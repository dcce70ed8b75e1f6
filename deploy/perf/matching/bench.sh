#!/usr/bin/env bash
# Times matching at scale against a running Waibao and its database:
#   - ranking VENDORS vendor firms for one tender   (GET /api/tenders/{id}/matches)
#   - recommending from TENDERS active tenders       (GET /api/vendors/me/recommended-tenders)
# It registers a client and a vendor through the API, seeds the firms and tenders with seed.sql,
# waits until the search relay has indexed them, then calls each endpoint RUNS times after WARMUP
# calls and prints p50/p95/max in milliseconds (client-side wall time of the HTTP call).
#
#   BASE_URL=http://127.0.0.1:8080 PGURL=postgresql://postgres@127.0.0.1:<port>/postgres \
#     deploy/perf/matching/bench.sh
#
# Use a throw-away database: it adds VENDORS + TENDERS rows and never removes them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
BASE_URL=${BASE_URL:?set BASE_URL to the running application}
PGURL=${PGURL:?set PGURL to its database}
VENDORS=${VENDORS:-100000}
TENDERS=${TENDERS:-100000}
RUNS=${RUNS:-20}
WARMUP=${WARMUP:-3}
INDEX_WAIT_SECONDS=${INDEX_WAIT_SECONDS:-1800}

workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT

# access tokens live minutes: sign in again right before measuring
token() { # kind → fresh access token
  curl -sf -X POST "$BASE_URL/api/auth/sign-in" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$(cat "$workdir/$1.email")\",\"password\":\"bench-password-42\"}" | json "['accessToken']"
}

json() { python3 -c "import sys, json; print(json.load(sys.stdin)$1)"; }

credit_code() {
  python3 - <<'PY'
import random
alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
code = "9123" + "".join(random.choice(alphabet) for _ in range(13))
check = 31 - sum(alphabet.index(c) * w for c, w in zip(code, weights)) % 31
print(code + alphabet[0 if check == 31 else check])
PY
}

register() { # kind → session JSON
  local kind=$1 stamp
  stamp=$(date +%s%N)
  echo "bench-$kind-$stamp@bench.waibao.example" > "$workdir/$kind.email"
  curl -sf -X POST "$BASE_URL/api/accounts/registrations" -H 'Content-Type: application/json' -d @- <<JSON
{"organisation":{"kind":"$kind","nameZh":"基准$kind$stamp","nameEn":"Bench $kind","creditCode":"$(credit_code)","city":"harbin"},
 "user":{"email":"bench-$kind-$stamp@bench.waibao.example","password":"bench-password-42","displayName":"基准用户"}}
JSON
}

client=$(register CLIENT)
vendor=$(register VENDOR)
client_token=$(echo "$client" | json "['accessToken']")
client_org=$(echo "$client" | json "['user']['organisation']['id']")
client_user=$(echo "$client" | json "['user']['id']")
vendor_org=$(echo "$vendor" | json "['user']['organisation']['id']")

echo "seeding $VENDORS vendors and $TENDERS active tenders…"
start=$(date +%s)
psql "$PGURL" -q -v vendors="$VENDORS" -v tenders="$TENDERS" -v client="$client_org" \
  -v client_user="$client_user" -f "$here/seed.sql"
# the benchmark vendor: mid-sized, two common capabilities, both languages, a valid ISO/IEC 27001
psql "$PGURL" -q -v ON_ERROR_STOP=1 -v vendor="$vendor_org" <<'SQL'
INSERT INTO vendor_profile (organisation_id, legal_name_zh, credit_code, city, headcount, description, created_at, updated_at)
SELECT id, name_zh, credit_code, city, 400, '应用软件开发与呼叫中心 software development call centre', now(), now()
FROM organisation WHERE id = :'vendor';
INSERT INTO vendor_capability VALUES (:'vendor', 'ITO_APPLICATION_SOFTWARE', 6), (:'vendor', 'BPO_CALL_CENTRE', 3);
INSERT INTO vendor_language VALUES (:'vendor', 'zh'), (:'vendor', 'en');
INSERT INTO certification (id, organisation_id, type, certificate_number, issuer, issued_on, expires_on, status, reviewed_at, created_at, updated_at)
VALUES (gen_random_uuid(), :'vendor', 'ISO_IEC_27001', 'BENCH', '基准认证', current_date - 100, current_date + 700, 'VERIFIED', now(), now(), now());
SQL
echo "seeded in $(($(date +%s) - start)) s; waiting for the search relay to index them…"
start=$(date +%s)
while :; do
  pending=$(psql "$PGURL" -Atq -c "SELECT count(*) FROM search_outbox")
  [ "$pending" = 0 ] && break
  if [ $(($(date +%s) - start)) -gt "$INDEX_WAIT_SECONDS" ]; then
    echo "still $pending changes to index after $INDEX_WAIT_SECONDS s; measuring anyway"
    break
  fi
  sleep 5
done
echo "indexed in $(($(date +%s) - start)) s"

client_token=$(token CLIENT)
tender=$(curl -sf -X POST "$BASE_URL/api/tenders" -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $client_token" -d @- <<JSON | json "['id']"
{"title":"基准匹配招标 application software development","description":"银行渠道系统开发 software development call centre",
 "clientIndustry":"FINANCE","city":"harbin","deliveryMode":"ONSHORE","budgetMin":1000000,"budgetMax":5000000,
 "noticePeriodDays":0,"clarificationDeadline":"$(date -u -d '+2 days' +%FT%TZ)","bidDeadline":"$(date -u -d '+5 days' +%FT%TZ)",
 "priceWeight":100,"criteria":[],"capabilities":["ITO_APPLICATION_SOFTWARE"],"languages":["zh"],"minimumHeadcount":50,
 "certifications":[{"type":"ISO_IEC_27001"}]}
JSON
)
curl -sf -X POST "$BASE_URL/api/tenders/$tender/publish" -H "Authorization: Bearer $client_token" >/dev/null

measure() { # name url token
  local name=$1 url=$2 token=$3 i times=()
  for ((i = 0; i < WARMUP; i++)); do
    curl -sf -o /dev/null "$url" -H "Authorization: Bearer $token"
  done
  for ((i = 0; i < RUNS; i++)); do
    times+=("$(curl -sf -o /dev/null -w '%{time_total}' "$url" -H "Authorization: Bearer $token")")
  done
  printf '%s\n' "${times[@]}" | python3 -c "
import sys
t = sorted(float(x) * 1000 for x in sys.stdin)
pick = lambda q: t[min(len(t) - 1, int(round(q * (len(t) - 1))))]
print(f'$name: n={len(t)} p50={pick(0.5):.0f} ms p95={pick(0.95):.0f} ms max={t[-1]:.0f} ms')"
  curl -sf "$url" -H "Authorization: Bearer $token" | python3 -c "
import sys, json
r = json.load(sys.stdin)
print(f'  ranked {r[\"total\"]} ({r[\"eligible\"]} eligible), text computed: {r[\"textComputed\"]}')"
}

measure "rank the vendors for one tender" "$BASE_URL/api/tenders/$tender/matches?size=20" "$(token CLIENT)"
measure "recommend from the active tenders" "$BASE_URL/api/vendors/me/recommended-tenders?size=20" "$(token VENDOR)"
