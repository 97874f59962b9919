#!/usr/bin/env bash
# scripts/docker/standin-images.sh: TEST TOOLING. Builds LOCAL STAND-INS for the two base images the
# Dockerfile and compose.yaml use (node:20-bookworm-slim, postgres:15-bookworm), from Debian packages
# and the host's own Node 20, for machines that cannot reach Docker Hub (a closed network with only a
# Debian mirror and the npm registry). It exists only so that `docker compose up --build` can be tried
# there. Where Docker Hub is reachable do not run it: the real images are pulled as usual, and nothing
# in the Dockerfile or compose.yaml depends on it. It tags images with the official names, so remove
# them afterwards (`docker rmi node:20-bookworm-slim postgres:15-bookworm`) before pulling the real ones.
#
#   sudo scripts/docker/standin-images.sh            # root: debootstrap needs it
#
# What it builds (each only when the tag is missing; FORCE=1 rebuilds):
#   four-lists-standin/debian:bookworm  debootstrap --variant=minbase bookworm, imported
#   node:20-bookworm-slim               that + the host's node and npm laid out as the official image
#                                       does (/usr/local/bin/{node,npm,npx}, user node uid/gid 1000,
#                                       docker-entrypoint.sh, CMD node)
#   postgres:15-bookworm                that + Debian's postgresql-15 and an entrypoint keeping the
#                                       official image's contract as far as compose.yaml uses it
#                                       (POSTGRES_USER/PASSWORD/DB, PGDATA=/var/lib/postgresql/data,
#                                       initdb on first start, listen on all addresses, scram-sha-256
#                                       for TCP, pg_isready on PATH)
# Differences from the real images, on purpose: npm is the host's (the real node:20 image ships npm
# 10); when the host trusts extra certificate authorities (a TLS-inspecting egress proxy), the host's
# bundle is copied in and NODE_EXTRA_CA_CERTS points at it, or npm ci could not reach the registry.
# Environment: DEBIAN_MIRROR (default: the first deb.debian.org-style URI in apt's sources), FORCE=1.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d /tmp/four-lists-standin.XXXXXX)"
trap 'rm -rf "$work"' EXIT
say() { printf '\n=== %s\n' "$*"; }
need() { [[ "${FORCE:-}" == 1 ]] || ! docker image inspect "$1" >/dev/null 2>&1; }

mirror="${DEBIAN_MIRROR:-$(grep -hoE 'https?://[^ ]+/debian/?$' /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null \
  | grep -v security | head -n1 || true)}"
mirror="${mirror:-http://deb.debian.org/debian}"
base=four-lists-standin/debian:bookworm

if need "$base"; then
  say "debootstrap bookworm (minbase) from $mirror"
  command -v debootstrap >/dev/null || { echo "debootstrap missing: apt-get install -y debootstrap"; exit 1; }
  debootstrap --variant=minbase bookworm "$work/rootfs" "$mirror"
  # The same sources inside, so apt-get works in derived images.
  printf 'deb %s bookworm main\ndeb %s bookworm-updates main\n' "$mirror" "$mirror" >"$work/rootfs/etc/apt/sources.list"
  rm -rf "$work/rootfs/var/cache/apt/archives/"*.deb "$work/rootfs/var/lib/apt/lists/"*
  tar -C "$work/rootfs" -c . | docker import -c 'CMD ["bash"]' - "$base"
  rm -rf "$work/rootfs"
fi

if need node:20-bookworm-slim; then
  say "node:20-bookworm-slim stand-in from the host's $(node -v) and npm $(npm -v)"
  ctx="$work/node"
  mkdir -p "$ctx/usr/local/bin" "$ctx/usr/local/lib/node_modules"
  cp "$(readlink -f "$(command -v node)")" "$ctx/usr/local/bin/node"
  npm_root="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")" # …/node_modules/npm
  cp -r "$npm_root" "$ctx/usr/local/lib/node_modules/npm"
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$ctx/usr/local/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$ctx/usr/local/bin/npx"
  cp "$here/standin-node-entrypoint.sh" "$ctx/docker-entrypoint.sh"
  extra_ca=""
  if [[ -n "$(ls /usr/local/share/ca-certificates/ 2>/dev/null)" && -f /etc/ssl/certs/ca-certificates.crt ]]; then
    mkdir -p "$ctx/etc/ssl/certs" && cp /etc/ssl/certs/ca-certificates.crt "$ctx/etc/ssl/certs/"
    extra_ca=/etc/ssl/certs/ca-certificates.crt
  fi
  cat >"$ctx/Dockerfile" <<DOCKERFILE
FROM $base
RUN groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
COPY usr /usr
COPY etc /etc
COPY docker-entrypoint.sh /usr/local/bin/
ENV NODE_VERSION=$(node -v | tr -d v) ${extra_ca:+NODE_EXTRA_CA_CERTS=$extra_ca}
RUN chmod +x /usr/local/bin/docker-entrypoint.sh && node --version && npm --version
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["node"]
DOCKERFILE
  mkdir -p "$ctx/etc"
  DOCKER_BUILDKIT=0 docker build -q -t node:20-bookworm-slim "$ctx"
fi

if need postgres:15-bookworm; then
  say "postgres:15-bookworm stand-in from Debian's postgresql-15"
  ctx="$work/postgres"
  mkdir -p "$ctx"
  cp "$here/standin-postgres-entrypoint.sh" "$ctx/docker-entrypoint.sh"
  cat >"$ctx/Dockerfile" <<DOCKERFILE
FROM $base
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql-15 \\
 && rm -rf /var/lib/apt/lists/* && rm -rf /var/lib/postgresql/15 && mkdir -p /var/lib/postgresql/data /var/run/postgresql \\
 && chown -R postgres:postgres /var/lib/postgresql /var/run/postgresql && chmod 3777 /var/run/postgresql
ENV PATH=/usr/lib/postgresql/15/bin:\$PATH PGDATA=/var/lib/postgresql/data PG_MAJOR=15
COPY docker-entrypoint.sh /usr/local/bin/
RUN chmod +x /usr/local/bin/docker-entrypoint.sh
VOLUME /var/lib/postgresql/data
STOPSIGNAL SIGINT
EXPOSE 5432
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["postgres"]
DOCKERFILE
  # Host network only for apt inside this stand-in's build (the bridge may not reach the mirror).
  DOCKER_BUILDKIT=0 docker build -q --network host -t postgres:15-bookworm "$ctx"
fi

say "stand-ins"
docker image ls --format '{{.Repository}}:{{.Tag}}  {{.Size}}' | grep -E 'four-lists-standin|node:20-bookworm-slim|postgres:15-bookworm'
