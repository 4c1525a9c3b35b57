package org.openparcs.controller.reporting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.reporting.infrastructure.JdbcOutbox.Pending;

/**
 * The relay's link to the portal (Resilience4j): transient failures are retried with the same
 * batch, a refused batch is not, and a portal that keeps failing opens the circuit, which stops
 * calling it until its wait is over, then probes and closes again.
 */
class ResilientPortalLinkTest {

  private static final PortalSettings SETTINGS =
      new PortalSettings(
          "http://portal.invalid",
          "token",
          200,
          Duration.ofMillis(1),
          Duration.ofMillis(4),
          Duration.ofSeconds(1),
          3,
          4,
          50,
          Duration.ofSeconds(30));
  private static final List<Pending> BATCH =
      List.of(
          new Pending(1, UUID.randomUUID(), "plate_read", Instant.EPOCH, "{}"),
          new Pending(2, UUID.randomUUID(), "plate_read", Instant.EPOCH, "{}"));

  private final ScriptedPortal portal = new ScriptedPortal();
  private final MovingClock clock = new MovingClock();
  private final ResilientPortalLink link = new ResilientPortalLink(portal, SETTINGS, clock);

  @Test
  void retriesTransientFailuresWithTheSameBatchUntilThePortalTakesIt() throws Exception {
    portal.failNext(2, true);

    link.deliver(BATCH, 7);

    assertThat(portal.calls).hasSize(3).allSatisfy(b -> assertThat(b).isEqualTo(BATCH));
    assertThat(portal.backlogs).containsOnly(7L);
  }

  @Test
  void doesNotRetryABatchThePortalRefuses() {
    portal.failNext(1, false);

    assertThatThrownBy(() -> link.deliver(BATCH, 0))
        .isInstanceOf(ResilientPortalLink.NotDelivered.class)
        .satisfies(e -> assertThat(((ResilientPortalLink.NotDelivered) e).attempted()).isTrue());
    assertThat(portal.calls).hasSize(1);
  }

  @Test
  void aPortalThatKeepsFailingOpensTheCircuitUntilTheWaitIsOverThenItCloses() {
    portal.failNext(Integer.MAX_VALUE, true);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> link.deliver(BATCH, 0))
          .isInstanceOf(ResilientPortalLink.NotDelivered.class);
    }
    assertThat(link.circuitState()).isEqualTo("OPEN");
    int calls = portal.calls.size();

    assertThatThrownBy(() -> link.deliver(BATCH, 0))
        .satisfies(e -> assertThat(((ResilientPortalLink.NotDelivered) e).attempted()).isFalse());
    assertThat(portal.calls).as("an open circuit does not call the portal").hasSize(calls);

    portal.failNext(0, true);
    clock.advance(Duration.ofSeconds(31));
    assertThat(portal.calls.size()).isEqualTo(calls);
    try {
      link.deliver(BATCH, 0);
    } catch (ResilientPortalLink.NotDelivered e) {
      throw new AssertionError(e);
    }
    assertThat(link.circuitState()).isEqualTo("CLOSED");
  }

  /** A portal that fails a given number of times, then accepts. */
  private static final class ScriptedPortal implements PortalDelivery {
    final List<List<Pending>> calls = new ArrayList<>();
    final List<Long> backlogs = new ArrayList<>();
    private int failures;
    private boolean retryable;

    void failNext(int count, boolean retryable) {
      this.failures = count;
      this.retryable = retryable;
    }

    @Override
    public void deliver(List<Pending> events, long backlog) throws DeliveryFailed {
      calls.add(events);
      backlogs.add(backlog);
      if (failures > 0) {
        failures--;
        throw new DeliveryFailed(
            retryable ? "portal answered 503" : "portal answered 400", retryable, null);
      }
    }
  }

  /** A clock the test moves. */
  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-11-22T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
