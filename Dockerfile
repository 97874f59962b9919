# Four Lists (四张清单): build once, run the build with production dependencies only.
#   docker build -t four-lists .
#   docker run -p 4000:4000 -e JWT_SECRET=… -e DATABASE_URL=postgresql://… four-lists
# Without DATABASE_URL the embedded database lives in /app/data (mount a volume there).
# Every RUN below is also a command you can run outside Docker (scripts/check-built-copy.sh does).
# No `# syntax=` line: only the builder's built-in Dockerfile frontend is used, so building needs no
# image besides the base (a `docker/dockerfile` frontend pull fails where only a mirror is reachable).

ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: all dependencies, compile TypeScript to dist/ ---------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY scoring ./scoring
COPY policy ./policy
COPY seeds ./seeds
RUN npm run build

# --- runtime: production dependencies and the build, no sources, no compiler -------------------
FROM ${NODE_IMAGE} AS runtime
# PDF=true (default): Debian's Chromium and the Noto CJK fonts, so GET /plans/{id}/print?format=pdf
# renders the printed plan (一户一策方案) in Chinese. --build-arg PDF=false leaves both out for a
# smaller image; that image answers the PDF format with 503 PDF_UNAVAILABLE (HTML printing still works).
# First in the stage, so this layer is rebuilt only when PDF changes, not with every dependency change.
ARG PDF=true
RUN if [ "$PDF" = true ]; then \
      apt-get update \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-noto-cjk \
      && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb \
      && chromium --version; \
    elif [ "$PDF" != false ]; then echo "PDF must be true or false, not '$PDF'" >&2; exit 1; fi
ENV NODE_ENV=production \
    PORT=4000 \
    HOST=0.0.0.0 \
    DATA_DIR=/app/data/pglite
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY scripts/build-info.js scripts/start.js scripts/cli.js ./scripts/
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 4000
# Liveness: the process answers. Readiness (database reachable) is /readyz; compose.yaml waits on it.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node directly, not npm: SIGTERM reaches the service's own shutdown (drain HTTP, close the database).
# Run with --init (compose.yaml sets init: true) so a PID 1 reaps zombies.
CMD ["node", "--max-semi-space-size=64", "dist/src/main.js"]
