# rectrack serve, for several instances behind a load balancer on one PostgreSQL (see README.md,
# "Running in production"). bin/rectrack.mjs runs dist/, which `npm ci` builds from the sources
# through the `prepare` script (scripts/build.mjs, esbuild).
FROM node:20-bookworm-slim

WORKDIR /app
ENV NODE_ENV=production
# The sources come before `npm ci`: its `prepare` script builds dist/ from them, and fails without
# them. Dev dependencies (tests, linters, PGlite) stay out of the image.
COPY package.json package-lock.json tsconfig.json ./
COPY scripts ./scripts
COPY bin ./bin
COPY src ./src
COPY adapters ./adapters
COPY migrations ./migrations
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# The image's own unprivileged user: rectrack needs no root, and a SQLite file (one instance only)
# would live in /app/data, which only it may write.
RUN mkdir -p /app/data && chown node:node /app/data
USER node

ENV PORT=3000
EXPOSE 3000
# /healthz answers while the process is up; a load balancer should probe /readyz instead.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# exec form, so SIGTERM reaches node itself and the graceful shutdown runs.
CMD ["node", "bin/rectrack.mjs", "serve"]
