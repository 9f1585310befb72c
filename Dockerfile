# Plant HMI: multi-stage build. No Docker engine runs on the development machines, so this file is
# kept minimal and is not built in CI.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The build runs 'npm ci' for the front-end sources (build/FrontEndAssets.targets).
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish HmiApp/HmiApp.csproj -c Release -o /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/publish .
# SQLite lives here when Database__Provider=Sqlite; PostgreSQL is the production default.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
VOLUME ["/app/data"]
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
USER $APP_UID
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["dotnet", "HmiApp.dll"]
