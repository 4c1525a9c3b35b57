package org.openparcs.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.GarageTestSupport.post;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.operator.application.OperatorSessions;
import org.openparcs.db.DatabaseFactory.PooledDatabase;

/**
 * The set-up integration tests of real lanes share: simulated I/O modules on Modbus TCP (started
 * with the test instance, so their ports are known when the test's properties are asked for, and
 * closed after the class), the garage's HTTP address, its database, the console sessions, an
 * operator session to read the garage's views with, and a permit registered over HTTP. Subclasses
 * add {@code @MicronautTest} and their lanes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LaneTestBase implements TestPropertyProvider {

  private final List<IoModuleSimulator> modules = new ArrayList<>();

  @Inject protected EmbeddedServer server;
  @Inject protected PooledDatabase database;
  @Inject protected OperatorSessions operatorSessions;
  @Inject protected GarageLayout garageLayout;
  protected URI base;
  protected DataSource db;

  /** A simulated standard lane I/O module on a free loopback port, closed after the class. */
  protected final IoModuleSimulator module(String name) {
    IoModuleSimulator module = IoModuleSimulator.start(SimulatedLane.standard(name), 0);
    modules.add(module);
    return module;
  }

  @BeforeEach
  void connect() {
    base = server.getURI();
    db = database.raw();
  }

  @AfterAll
  void stopModules() {
    modules.forEach(IoModuleSimulator::close);
  }

  /** A permit valid from yesterday for 30 days, registered through the API. */
  protected void registerPermit(String plate) {
    String body =
        """
        {"plate":"%s","holder":"Test Holder","kind":"PERMIT","validFrom":"%s","validTo":"%s"}
        """
            .formatted(
                plate,
                Instant.now().minus(1, ChronoUnit.DAYS),
                Instant.now().plus(30, ChronoUnit.DAYS));
    assertThat(post(base, "/api/permits", "application/json", viewer(), body).statusCode())
        .isEqualTo(201);
  }

  private String viewerToken;

  /** An operator session of this garage: the garage's views need one (POLICY A5). */
  protected String viewer() {
    if (viewerToken == null) {
      viewerToken =
          GarageTestSupport.operatorToken(
              operatorSessions, garageLayout.id().value(), "Vera Viewer");
    }
    return viewerToken;
  }
}
