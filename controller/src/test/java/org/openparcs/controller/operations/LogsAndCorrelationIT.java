package org.openparcs.controller.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.GarageTestSupport.await;
import static org.openparcs.controller.GarageTestSupport.cameraToken;
import static org.openparcs.controller.GarageTestSupport.count;
import static org.openparcs.controller.GarageTestSupport.plateHash;
import static org.openparcs.controller.GarageTestSupport.plateRecognizerPush;
import static org.openparcs.controller.GarageTestSupport.post;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.bridge.sim.SimulatedVehicle;
import org.openparcs.controller.GarageTestSupport;
import org.openparcs.db.DatabaseFactory.PooledDatabase;
import org.slf4j.LoggerFactory;

/**
 * Logs and operations over a real vehicle flow (issue 9): a permit holder enters and leaves, a
 * stranger is turned away, a bad plate and a wrong camera are refused; no log line above DEBUG
 * holds any of those plates (POLICY K1), the push's correlation id reaches the gate events in the
 * outbox, and the health and Prometheus endpoints report.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogsAndCorrelationIT implements TestPropertyProvider {

  private static final List<String> PLATES = List.of("LOG7ABC", "LOGSTRNG", "LOG'BAD", "LOGOTHER");

  private final IoModuleSimulator entry = IoModuleSimulator.start(SimulatedLane.standard("e"), 0);
  private final IoModuleSimulator exit = IoModuleSimulator.start(SimulatedLane.standard("x"), 0);
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

  @Inject EmbeddedServer server;
  @Inject org.openparcs.controller.garage.model.GarageLayout garageLayout;
  @Inject org.openparcs.controller.operator.application.OperatorSessions operatorSessions;
  @Inject PooledDatabase database;
  private URI base;
  private DataSource db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>();
    p.putAll(GarageTestSupport.lane("log-in", "ENTRY", entry, "cam-log-in"));
    p.putAll(GarageTestSupport.lane("log-out", "EXIT", exit, "cam-log-out"));
    return p;
  }

  @BeforeAll
  void capture() {
    base = server.getURI();
    db = database.raw();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    captured.start();
    root.addAppender(captured);
  }

  @AfterAll
  void release() {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(captured);
    entry.close();
    exit.close();
  }

  HttpResponse<String> push(String camera, String plate, String correlation) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(base.resolve(GarageTestSupport.pushPath(camera)))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + cameraToken(camera))
                .header("X-Correlation-Id", correlation)
                .POST(HttpRequest.BodyPublishers.ofString(plateRecognizerPush(camera, plate, 0.9)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aVehicleFlowLeavesNoPlateInTheLogsAndOneCorrelationIdFromPushToGateEvents()
      throws Exception {
    String permit =
        """
        {"plate":"LOG7ABC","holder":"Log Holder","kind":"PERMIT","validFrom":"%s","validTo":"%s"}
        """
            .formatted(
                Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(9, ChronoUnit.DAYS));
    assertThat(post(base, "/api/permits", "application/json", viewer(), permit).statusCode())
        .isEqualTo(201);

    SimulatedVehicle car = new SimulatedVehicle(entry.lane(), Duration.ofMillis(100));
    car.arrive();
    HttpResponse<String> in = push("cam-log-in", "log7abc", "corr-entry-0001");
    assertThat(in.body()).contains("\"gate\":\"VENDED\"");
    assertThat(in.headers().firstValue("X-Correlation-Id")).contains("corr-entry-0001");
    assertThat(car.proceed(Duration.ofSeconds(5))).isEqualTo(SimulatedVehicle.Outcome.PASSED);
    await(
        "the session opens",
        Duration.ofSeconds(5),
        () ->
            count(
                    db,
                    "SELECT COUNT(*) FROM parking_session WHERE plate_hash="
                        + plateHash("LOG7ABC")
                        + "")
                == 1);
    assertThat(push("cam-log-in", "logstrng", "corr-stranger-01").body()).contains("DENIED");
    assertThat(push("cam-log-in", "log'bad", "corr-bad-000001").statusCode()).isEqualTo(400);
    assertThat(push("cam-log-in", "logother", "corr-other-0001").statusCode()).isEqualTo(200);
    assertThat(
            post(
                    base,
                    GarageTestSupport.pushPath("cam-log-in"),
                    "application/json",
                    cameraToken("cam-log-in"),
                    plateRecognizerPush("cam-log-out", "LOGOTHER", 0.9))
                .statusCode())
        .isEqualTo(403);
    SimulatedVehicle leaving = new SimulatedVehicle(exit.lane(), Duration.ofMillis(100));
    leaving.arrive();
    assertThat(push("cam-log-out", "LOG7ABC", "corr-exit-00001").body()).contains("VENDED");
    assertThat(leaving.proceed(Duration.ofSeconds(5))).isEqualTo(SimulatedVehicle.Outcome.PASSED);
    await(
        "the arm-up of the entry is in the outbox",
        Duration.ofSeconds(5),
        () ->
            GarageTestSupport.outboxPayloads(db, "gate_event").stream()
                .anyMatch(p -> p.contains("ARM_UP") && p.contains("corr-entry-0001")));

    List<String> lines =
        captured.list.stream()
            .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
            .map(e -> e.getFormattedMessage() + " " + e.getMDCPropertyMap())
            .toList();
    assertThat(lines).as("log lines captured").isNotEmpty();
    for (String plate : PLATES) {
      assertThat(lines)
          .as("no log line above DEBUG names plate " + plate)
          .noneMatch(l -> l.toUpperCase(Locale.ROOT).contains(plate));
    }
    assertThat(captured.list)
        .anyMatch(
            e ->
                "corr-entry-0001".equals(e.getMDCPropertyMap().get("correlationId"))
                    && e.getFormattedMessage().contains("GRANTED"));
    assertThat(GarageTestSupport.outboxPayloads(db, "access_decision"))
        .anyMatch(p -> p.contains("\"correlationId\":\"corr-entry-0001\""));
  }

  @Test
  void healthAndPrometheusReport() {
    HttpResponse<String> readiness = GarageTestSupport.get(base, "/health/readiness");
    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(readiness.body()).contains("database", "devices", "portal-link");
    // No parcs.identity.portal-keys here: every purge order would be refused, and readiness says
    // so.
    assertThat(readiness.body()).contains("portal-orders", "portal keys missing");
    assertThat(GarageTestSupport.get(base, "/health/liveness").statusCode()).isEqualTo(200);
    assertThat(GarageTestSupport.get(base, "/prometheus").body())
        .contains(
            "parcs_outbox_backlog",
            "parcs_lane_io_failures",
            "parcs_retention_orders_refused_total{reason=\"portal_keys_missing\"");
  }

  private String viewerToken;

  /** An operator session of this garage: the garage's views need one (POLICY A5). */
  private String viewer() {
    if (viewerToken == null) {
      viewerToken =
          GarageTestSupport.operatorToken(
              operatorSessions, garageLayout.id().value(), "Vera Viewer");
    }
    return viewerToken;
  }
}
