# One Dockerfile, two images (docker-compose.yml picks each by target):
#   api   — the ASP.NET Core app on the aspnet runtime, with the client build for GraphiQL at GET /graphql
#   nginx — nginx serving the client's static export and proxying the API (nginx/nginx.conf)

# --- client: Next.js static export -> /client/out
FROM node:22-bookworm-slim AS client-build
WORKDIR /client
COPY client/package.json client/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY client/ ./
COPY schema/ /schema/
RUN npm run build

# --- api: publish the .NET app
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS api-build
WORKDIR /src
COPY Directory.Build.props ./
COPY api/InstaIntel.Api.csproj api/
RUN dotnet restore api/InstaIntel.Api.csproj
COPY api/ api/
COPY client/persisted-operations.json client/
RUN dotnet publish api/InstaIntel.Api.csproj -c Release --no-restore -o /app

# --- the api image (also the worker: same image, `--role worker`)
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS api
# pg_dump and pg_restore for backups and restores on PostgreSQL. pg_dump refuses a server newer than itself, and the
# base image's distribution (Ubuntu 24.04) ships 16, so they come from PostgreSQL's own apt repository (set up by
# postgresql-common's script) at the version of the Compose profile's server (postgres:17) or newer.
ARG POSTGRES_CLIENT=17
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ca-certificates postgresql-common \
 && /usr/share/postgresql-common/pgdg/apt.postgresql.org.sh -y \
 && apt-get install -y --no-install-recommends postgresql-client-${POSTGRES_CLIENT} \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=api-build /app ./
# The app finds client/out above its folder: it serves the pages (nginx proxies them, for the unlock gate and CSP) and GraphiQL.
COPY --from=client-build /client/out ./client/out
RUN mkdir /data && chown app:app /data
USER app
ENV ASPNETCORE_URLS=http://+:8000 \
    DOTNET_NOLOGO=1
EXPOSE 8000
VOLUME /data
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 CMD curl -fsS http://127.0.0.1:8000/healthz || exit 1
ENTRYPOINT ["dotnet", "InstaIntel.Api.dll", "--data", "/data"]

# --- the nginx image: static client + reverse proxy
FROM nginx:1.27-alpine AS nginx
COPY nginx/nginx.conf /etc/nginx/nginx.conf
COPY --from=client-build /client/out /usr/share/nginx/html
EXPOSE 80
HEALTHCHECK --interval=15s --timeout=5s --retries=3 CMD wget -q -O /dev/null http://127.0.0.1/healthz || exit 1
