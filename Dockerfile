# syntax=docker/dockerfile:1
FROM node:20-bookworm-slim AS base
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH CI=true
RUN npm install -g pnpm@10.34.9
WORKDIR /app

FROM base AS deps
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json ./
COPY apps/server/package.json apps/server/
COPY packages/db/package.json packages/db/
COPY packages/core/package.json packages/core/
COPY packages/api/package.json packages/api/
COPY packages/client/package.json packages/client/
COPY tooling/typescript/package.json tooling/typescript/
COPY tooling/testing/package.json tooling/testing/
RUN pnpm install --frozen-lockfile --filter "@mercato/server..."

# The production server is JavaScript built from the workspace (tsup): no TypeScript loader at run time.
FROM deps AS build
COPY tsconfig.json ./
COPY tooling/typescript tooling/typescript
COPY packages/db packages/db
COPY packages/core packages/core
COPY packages/api packages/api
COPY apps/server apps/server
RUN pnpm --filter @mercato/server build

FROM base AS runtime
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
COPY --from=build /app /app
USER node
EXPOSE 3000
WORKDIR /app/apps/server
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# WEB_CONCURRENCY (default: one API process per core) shares the port through node:cluster.
CMD ["node", "dist/server/main.js"]
