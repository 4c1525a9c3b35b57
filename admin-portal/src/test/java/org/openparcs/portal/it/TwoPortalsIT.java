package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openparcs.db.EmbeddedMariaDb;
import org.openparcs.portal.audit.application.VerifyAuditTrail;
import org.openparcs.portal.audit.model.ChainCheck;

/**
 * Drill: two portal instances on one database (behind a load balancer), garages delivering to both
 * at once, every batch sent to both as a relay retrying through the balancer would: no event is
 * stored twice, none is lost, each garage's counters match what is stored, and the audit chain
 * written by both instances stays one intact chain.
 */
class TwoPortalsIT {

  private static final int GARAGES = 2;
  private static final int BATCHES = 12;
  private static final int BATCH = 100;

  private final List<ApplicationContext> portals = new ArrayList<>();

  @AfterEach
  void stop() {
    portals.forEach(ApplicationContext::close);
  }

  @Test
  void twoInstancesIngestingTheSameDeliveriesStoreEveryEventExactlyOnce() throws Exception {
    EmbeddedMariaDb mariadb = EmbeddedMariaDb.shared();
    String database = "two_portals_" + System.nanoTime() % 1_000_000;
    mariadb.createDatabase(database);
    Map<String, Object> props = new HashMap<>();
    props.put("parcs.db.embedded", "false");
    props.put("parcs.db.url", mariadb.jdbcUrl(database));
    props.put("parcs.db.user", mariadb.user());
    props.put("parcs.db.password", mariadb.password());
    ExecutorService starting = Executors.newFixedThreadPool(2);
    List<Future<ApplicationContext>> started = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      started.add(
          starting.submit(
              () ->
                  ApplicationContext.run(EmbeddedServer.class, props, "test")
                      .getApplicationContext()));
    }
    for (Future<ApplicationContext> f : started) {
      portals.add(f.get(120, TimeUnit.SECONDS));
    }
    starting.shutdown();
    List<PortalHttp> instances =
        portals.stream()
            .map(c -> new PortalHttp(c.getBean(EmbeddedServer.class).getURI()))
            .toList();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int g = 1; g <= GARAGES; g++) {
        String path = "/api/garages/G" + g + "/events";
        String token = g == 1 ? "test-token-garage-one-0001" : "test-token-garage-two-0002";
        for (int b = 0; b < BATCHES; b++) {
          byte[] batch = Batches.plateReads("two-" + g, b * BATCH + 1L, (b + 1L) * BATCH);
          for (PortalHttp instance : instances) {
            answers.add(pool.submit(() -> instance.postJson(path, token, batch)));
          }
        }
      }
      for (int i = 0; i < 8; i++) {
        PortalHttp instance = instances.get(i % 2);
        String user = "guesser" + i;
        answers.add(pool.submit(() -> instance.logIn(user, "guess")));
      }
      for (Future<HttpResponse<String>> answer : answers) {
        assertThat(answer.get(120, TimeUnit.SECONDS).statusCode()).isIn(200, 303);
      }
    } finally {
      pool.shutdownNow();
    }

    for (int g = 1; g <= GARAGES; g++) {
      String garage = "G" + g;
      assertThat(
              count(
                  mariadb,
                  database,
                  "SELECT COUNT(*) FROM received_event WHERE garage_id = ?",
                  garage))
          .as("no loss, no duplicate at " + garage)
          .isEqualTo(BATCHES * BATCH);
      assertThat(
              count(
                  mariadb,
                  database,
                  "SELECT COUNT(DISTINCT garage_seq) FROM received_event WHERE garage_id = ?",
                  garage))
          .isEqualTo(BATCHES * BATCH);
      assertThat(
              count(mariadb, database, "SELECT events_received FROM garage WHERE id = ?", garage))
          .isEqualTo(BATCHES * BATCH);
      assertThat(count(mariadb, database, "SELECT last_seq FROM garage WHERE id = ?", garage))
          .isEqualTo(BATCHES * BATCH);
    }
    assertThat(
            count(
                mariadb, database, "SELECT COUNT(*) FROM portal_user WHERE username = ?", "coord"))
        .as("both instances bootstrapped one coordinator")
        .isEqualTo(1);
    assertThat(portals.get(0).getBean(VerifyAuditTrail.class).verify())
        .isInstanceOf(ChainCheck.Intact.class);
  }

  private static long count(EmbeddedMariaDb db, String database, String sql, String parameter)
      throws SQLException {
    try (Connection c =
            java.sql.DriverManager.getConnection(db.jdbcUrl(database), db.user(), db.password());
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, parameter);
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
