# The `lede` command in a container: the workspace built once; `docker compose` runs it as workers and server.
FROM node:20-bookworm
RUN corepack enable
WORKDIR /app
COPY . .
# better-sqlite3 compiles its native addon here (python3, make and g++ come with the bookworm image).
RUN pnpm install --frozen-lockfile && pnpm build --output-logs=errors-only
ENTRYPOINT ["node", "/app/apps/tui/dist/cli.js"]
