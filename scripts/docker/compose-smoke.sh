#!/usr/bin/env bash
# scripts/docker/compose-smoke.sh: checks a running `docker compose up` deployment as a new user
# would, with curl: /healthz, /readyz, a token from the built CLI, a GraphQL query, the HSDS API
# (401 without a token), /metrics (401 without METRICS_TOKEN, Prometheus text with graphql_*, db_*
# and fourlists_batch_* with it, after a `seed:demo` batch), then times a restart of the app
# container until /readyz answers. METRICS_TOKEN comes from the environment or .env.
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

# Compose prefixes lines with an erase-line escape (ESC [2K); what follows must be JSON.
stray="$(docker compose logs --no-color --no-log-prefix app 2>/dev/null | sed 's/^\x1b\[2K//' | grep -cv '^{' || true)"
[[ "$stray" == 0 ]] && ok "every app log line is JSON" || fail "$stray app log lines are not JSON"

docker compose stop app >/dev/null 2>&1
started=$(date +%s%N)
docker compose start app >/dev/null 2>&1
ready || fail "/readyz after restart"
ok "restart: /readyz 200 $(( ($(date +%s%N) - started) / 1000000 )) ms after docker compose start"
