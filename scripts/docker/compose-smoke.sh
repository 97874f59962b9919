#!/usr/bin/env bash
# scripts/docker/compose-smoke.sh: checks a running `docker compose up` deployment as a new user
# would, with curl: /healthz, /readyz, a token from the built CLI, a GraphQL query, the HSDS API
# (401 without a token), /metrics (401 without METRICS_TOKEN, Prometheus text with graphql_*, db_*
# and fourlists_batch_* with it, after a `seed:demo` batch), the printed plan (一户一策方案) as PDF
# (a fictional elder living alone, assessed, a plan generated; %PDF header and size; PDF=false
# images: 503 PDF_UNAVAILABLE, SMOKE_PDF=skip), then times a restart of the app container until
# /readyz answers. METRICS_TOKEN comes from the environment or .env. SMOKE_PDF_OUT=file keeps the PDF.
#   docker compose up --build -d && scripts/docker/compose-smoke.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
base="http://127.0.0.1:${PORT:-4000}"
metrics_token="${METRICS_TOKEN:-$(sed -n 's/^METRICS_TOKEN=//p' .env 2>/dev/null | tail -n1)}"
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok   $*"; }
code() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
ready() { for _ in $(seq 1 600); do curl -sf "$base/readyz" >/dev/null && return 0; sleep 0.1; done; return 1; }

ready || fail "/readyz did not answer 200 within 60 s"
[[ "$(code "$base/healthz")" == 200 ]] && ok "/healthz 200" || fail "/healthz"
ok "/readyz $(curl -s "$base/readyz")"

token="$(docker compose exec -T app npm run --silent token -- --role ADMIN)"
[[ "$token" == *.*.* ]] && ok "token from the built CLI" || fail "no token: $token"
auth=(-H "authorization: Bearer $token")
answer="$(curl -s "$base/graphql" "${auth[@]}" -H 'content-type: application/json' \
  -d '{"query":"query Smoke { resources(first: 1) { totalCount } }"}')"
[[ "$answer" == *'"totalCount":'* ]] && ok "GraphQL $answer" || fail "GraphQL: $answer"

[[ "$(code "$base/hsds/services")" == 401 ]] && ok "/hsds/services 401 without a token" || fail "/hsds without a token"
services="$(curl -sf "$base/hsds/services?per_page=1" "${auth[@]}")" || fail "/hsds/services"
id="$(node -pe 'JSON.parse(process.argv[1]).contents[0].id' "$services")"
[[ "$(code "$base/hsds/services/$id" "${auth[@]}")" == 200 ]] && ok "/hsds/services/$id 200" || fail "/hsds/services/{id}"
[[ "$(code "$base/hsds/organizations?per_page=1" "${auth[@]}")" == 200 ]] && ok "/hsds/organizations 200" || fail "orgs"

docker compose exec -T app npm run --silent seed:demo -- --size 20 >/dev/null 2>&1 && ok "seed:demo in the container"
[[ -n "$metrics_token" ]] || fail "METRICS_TOKEN is not set (environment or .env): /metrics is 404 in production"
[[ "$(code "$base/metrics")" == 401 ]] && ok "/metrics 401 without the token" || fail "/metrics without a token"
text="$(curl -sf "$base/metrics" -H "authorization: Bearer $metrics_token")" || fail "/metrics"
for name in graphql_requests_total graphql_request_duration_seconds_bucket db_pool_connections \
  db_query_duration_seconds_bucket fourlists_batch_items fourlists_batch_scrape_ok; do
  grep -q "^$name" <<<"$text" || fail "/metrics lacks $name"
done
grep -q '^graphql_requests_total{operation="Smoke",outcome="success"}' <<<"$text" || fail "no Smoke request counted"
grep -q '^fourlists_batch_status{kind="seed_demo",status="SUCCEEDED"} 1' <<<"$text" || fail "seed_demo not SUCCEEDED"
ok "/metrics: $(grep -c '^[a-z]' <<<"$text") samples, graphql_*, db_*, fourlists_batch_* present"

# The printed plan as PDF: Chromium and the CJK fonts are in the image unless built with PDF=false.
gql() { curl -s "$base/graphql" "${auth[@]}" -H 'content-type: application/json' -d "$1"; }
field() { node -pe "const d=JSON.parse(process.argv[1]).data; $1" "$2"; }
# A fictional household (演示); a fresh valid ID number (GB 11643 check character) on every run.
id_number="$(node -pe 'const b="310105"+"19400505"+String(Date.now()%900+100);
  const w=[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]; b+"10X98765432"[[...b].reduce((s,c,i)=>s+c*w[i],0)%11]')"
household="$(gql "$(node -e 'process.stdout.write(JSON.stringify({query:`mutation($input: CreateHouseholdInput!) {
  createHousehold(input: $input) { __typename ... on Household { id } } }`, variables: { input: {
  streetCode: "310105001", address: "演示路1号", categories: [{ category: "DB", since: "2023-07-01" }],
  housing: { floor: 5, hasElevator: false, tenure: "PUBLIC_RENTAL", livingAreaSqm: 18, homeAdapted: false,
    falls12m: 1, condition: "ADEQUATE" },
  economics: { incomeWages: 0, incomePensions: 900, incomeBenefits: 400, incomeMaintenance: 0, incomeOther: 0,
    liquidAssets: 2000, rigidMedical: 3000, rigidEducation: 0, rigidCare: 2000, rigidRehab: 0, arrears: "NONE" },
  observations: { familyStructure: "LIVING_ALONE", kinSupport: "NONE", communityContact: "OCCASIONAL",
    digitalCapacity: "CANNOT_USE", careServiceGap: "PARTLY_COVERED" },
  consents: { charityReferral: true, charityReferralDate: "2026-01-05" },
  members: [{ name: "演示甲", idNumber: process.argv[1], relation: "HEAD", hukou: "LOCAL", careNeedsGrade: 5,
    chronicIllness: true, hasDisability: false, mobilityImpaired: true }] } } }))' "$id_number")")"
household_id="$(field 'd.createHousehold.id' "$household")" || fail "createHousehold: $household"
assessed="$(gql "{\"query\":\"mutation { assessHousehold(householdId: \\\"$household_id\\\") { __typename } }\"}")"
[[ "$assessed" == *'"Assessment"'* ]] || fail "assessHousehold: $assessed"
plan="$(gql "{\"query\":\"mutation { generatePlan(householdId: \\\"$household_id\\\") { __typename ... on Plan { id items { resourceCode } } } }\"}")"
plan_id="$(field 'd.generatePlan.id' "$plan")" || fail "generatePlan: $plan"
items="$(field 'd.generatePlan.items.length' "$plan")"
[[ "$items" -gt 0 ]] && ok "household, assessment, plan $plan_id with $items items" || fail "plan without items: $plan"
pdf_file="${SMOKE_PDF_OUT:-$(mktemp /tmp/four-lists-plan.XXXXXX.pdf)}"
started=$(date +%s%N)
status="$(curl -s -o "$pdf_file" -w '%{http_code} %{content_type}' "$base/plans/$plan_id/print?format=pdf" "${auth[@]}")"
elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
if [[ "${SMOKE_PDF:-}" == skip ]]; then
  [[ "$status" == 503* ]] && grep -q PDF_UNAVAILABLE "$pdf_file" && ok "PDF: 503 PDF_UNAVAILABLE (SMOKE_PDF=skip)" \
    || fail "PDF on an image without Chromium: $status $(head -c 300 "$pdf_file")"
else
  [[ "$status" == '200 application/pdf' ]] || fail "PDF: $status $(head -c 300 "$pdf_file")"
  [[ "$(head -c 5 "$pdf_file")" == '%PDF-' ]] || fail "PDF: no %PDF- header"
  size=$(stat -c %s "$pdf_file")
  [[ "$size" -gt 20000 ]] || fail "PDF of $size bytes: too small for a page with embedded CJK glyphs"
  ok "PDF: 200 application/pdf, %PDF- header, $size bytes, ${elapsed} ms (first PDF starts Chromium)"
fi
[[ -n "${SMOKE_PDF_OUT:-}" ]] || rm -f "$pdf_file"

# Compose prefixes lines with an erase-line escape (ESC [2K); what follows must be JSON.
stray="$(docker compose logs --no-color --no-log-prefix app 2>/dev/null | sed 's/^\x1b\[2K//' | grep -cv '^{' || true)"
[[ "$stray" == 0 ]] && ok "every app log line is JSON" || fail "$stray app log lines are not JSON"

docker compose stop app >/dev/null 2>&1
started=$(date +%s%N)
docker compose start app >/dev/null 2>&1
ready || fail "/readyz after restart"
ok "restart: /readyz 200 $(( ($(date +%s%N) - started) / 1000000 )) ms after docker compose start"
