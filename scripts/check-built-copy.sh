#!/usr/bin/env bash
# scripts/check-built-copy.sh: proves that a built copy runs with production dependencies only.
# Builds, copies dist/ + package files + the start scripts into a temporary folder (no sources, no
# tests), runs `npm ci --omit=dev` there (and fails on any engine warning), starts it with
# NODE_ENV=production, times how long until /healthz answers, checks /readyz, mints a token with the
# built CLI, runs a GraphQL query and the HSDS API, runs the graphql-http audit, then stops it with
# SIGTERM and expects a clean exit. DATABASE_URL, when set, is passed through (else embedded PGlite).
# These are the same steps as the Dockerfile's runtime stage.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
port="${CHECK_PORT:-4799}"
copy="$(mktemp -d /tmp/four-lists-built-copy.XXXXXX)"
pid=""
cleanup() {
  [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
  rm -rf "$copy"
}
trap cleanup EXIT
say() { printf '\n=== %s\n' "$*"; }

say "build"
(cd "$root" && npm run --silent build)

say "copy dist/, package files and scripts/ to $copy"
cp -r "$root/dist" "$root/package.json" "$root/package-lock.json" "$copy/"
mkdir "$copy/scripts"
cp "$root"/scripts/{build-info,build,start,cli}.js "$copy/scripts/"

say "npm ci --omit=dev"
(cd "$copy" && npm ci --omit=dev --no-audit --no-fund 2>&1 | tee "$copy/install.log")
if grep -q EBADENGINE "$copy/install.log"; then echo "engine warnings during install"; exit 1; fi
# typescript and ts-node come along as typeorm's optional peer; the test and type packages must not.
for dev in jest prettier @types/express @graphql-codegen/cli; do
  if [[ -e "$copy/node_modules/$dev" ]]; then echo "dev package $dev installed"; exit 1; fi
done
echo "production packages: $(ls "$copy/node_modules" | wc -l) top-level entries, $(du -sh "$copy/node_modules" | cut -f1)"

say "npm start (NODE_ENV=production)"
# Production refuses a JWT_SECRET under 32 bytes. The audit's requests read __type, so introspection
# is on for this run (the only setting that differs from a production start).
JWT_SECRET="$(node -p "require('node:crypto').randomBytes(32).toString('hex')")"
export NODE_ENV=production JWT_SECRET PORT="$port" DATA_DIR="$copy/data/pglite" HOST=127.0.0.1 GRAPHQL_INTROSPECTION=true
started=$(date +%s%N)
(cd "$copy" && exec node scripts/start.js >"$copy/service.log" 2>&1) &
pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
  kill -0 "$pid" 2>/dev/null || { cat "$copy/service.log"; exit 1; }
  sleep 0.25
done
echo "/healthz answered $(( ($(date +%s%N) - started) / 1000000 )) ms after start: $(curl -sf "http://127.0.0.1:$port/healthz")"
echo "/readyz: $(curl -sf "http://127.0.0.1:$port/readyz")"

say "CLI from the build: token"
token=$(cd "$copy" && npm run --silent token -- --role VIEWER)
curl -sf "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' -H "authorization: Bearer $token" \
  -d '{"query":"{ resources(page: { skip: 0, take: 1 }) { totalItems } }"}'
echo
curl -sf "http://127.0.0.1:$port/hsds/services?per_page=1" -H "authorization: Bearer $token" | head -c 300
echo

say "graphql-http audit"
# Anonymous requests get 401 before anything is parsed: the audit sends the token.
(cd "$root" && AUDIT_TOKEN="$token" node scripts/graphql-http-audit.js "http://127.0.0.1:$port/graphql")

say "SIGTERM"
kill -TERM "$pid"
wait "$pid" && echo "exit code 0" || { echo "exit code $?"; exit 1; }
pid=""
grep -c '"level"' "$copy/service.log" | xargs echo "service log lines:"
