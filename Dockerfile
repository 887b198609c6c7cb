# The Slack bot over HTTP (Socket Mode and Discord: override CMD and drop the HEALTHCHECK, see the README).
# Node 20 as in .nvmrc and package.json's engines.

# Stage 1: compile the TypeScript once into one file per entry point (esbuild is a dev dependency).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts/build.mjs ./scripts/
COPY src ./src
COPY adapters ./adapters
RUN npm run --silent build

# Stage 2: the runtime dependencies and the compiled bot only.
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app

# Dependencies first, from the lockfile, so that code changes reuse this layer. No build here:
# the compiled code comes from the first stage.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

COPY --from=build /app/dist ./dist
COPY data ./data
COPY knowledge ./knowledge

# The code stays root-owned and read-only to the bot; it writes only its feedback log.
RUN mkdir -p /app/var && chown node:node /app/var
ENV FEEDBACK_FILE=/app/var/feedback.jsonl PORT=3000
USER node

EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# Plain node, so SIGTERM from `docker stop` reaches the bot itself.
CMD ["node", "dist/adapters/slack/main.js"]
