# flagless: a multi-stage image of the standalone Next.js server.
# The catalog is validated and compiled into the build, so an instance needs no files or services
# beyond this image: run as many as you like behind a load balancer.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system --gid 1001 flagless && useradd --system --uid 1001 --gid flagless flagless
COPY --from=build --chown=flagless:flagless /app/.next/standalone ./
COPY --from=build --chown=flagless:flagless /app/.next/static ./.next/static
COPY --from=build --chown=flagless:flagless /app/public ./public
COPY --from=build --chown=flagless:flagless /app/scripts/server-hardening.cjs ./server-hardening.cjs
USER flagless
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Timeouts for slow clients and 405 for methods Next cannot handle (docs/security.md).
CMD ["node", "--require", "./server-hardening.cjs", "server.js"]
