# Node 24 LTS (Node 20, also supported from 20.19, reached its end of life in April 2026).
FROM node:24-slim
# A sans-serif font for the charts' PNG fallback in Word exports (resvg draws their text with
# the system's fonts; the slim image has none, and the charts would lose their words).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-liberation && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN npx -y pnpm@12.4.2 install --frozen-lockfile && npx -y pnpm@12.4.2 run build
# Run as the image's unprivileged user; the embedded database (no DATABASE_URL) is its one folder to write.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
# Every interface: inside a container, loopback cannot be reached through a published port. No demo
# accounts (their password is public) unless asked for with QUORUM_SEED_DEMO=true.
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0 QUORUM_SEED_DEMO=false
EXPOSE 4000
# /healthz answers 503 when the database (or Redis, with REDIS_URL) does not answer.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The node flags of `npm start` (package.json; config.test.ts checks they agree): see the README's "Memory".
CMD ["node", "--max-semi-space-size=4", "--liftoff-only", "apps/server/dist/main.js"]
