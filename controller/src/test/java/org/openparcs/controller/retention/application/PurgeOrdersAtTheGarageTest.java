package org.openparcs.controller.retention.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.backup.model.PurgeOrderCarriedOut;
import org.openparcs.controller.retention.model.ClassCutoff;
import org.openparcs.controller.retention.model.GaragePurge;
import org.openparcs.controller.retention.model.HoldKind;
import org.openparcs.controller.retention.model.Holds;
import org.openparcs.controller.retention.model.LegalHold;
import org.openparcs.controller.retention.model.OrderCheck;
import org.openparcs.controller.retention.model.PurgeCounts;
import org.openparcs.controller.retention.model.PurgeOrder;

/** How the garage takes, carries out and confirms the portal's purge orders (POLICY R1, R3, R4). */
class PurgeOrdersAtTheGarageTest {

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final FakeInbox inbox = new FakeInbox();
  private final FakePurges purges = new FakePurges();
  private final CountingStep step = new CountingStep();
  private OrderCheck authenticity = OrderCheck.accepted();
  private final List<PurgeOrderCarriedOut> journal = new ArrayList<>();

  private CarryOutPurgeOrders carryOut() {
    return new CarryOutPurgeOrders(
        inbox,
        new AcceptPurgeOrder(r -> authenticity, "G1", clock),
        purges,
        new ExecutePurgeOrder(purges, journal::add, List.of(step), new PurgeProgress(), clock),
        clock);
  }

  @Test
  void purgesAnOrderOnceAndConfirmsItWithTheCountsR4() {
    PurgeOrder order = order("G1", NOW.minus(Duration.ofDays(90)));
    inbox.orders.add(new ReceivedOrder(order, "{}"));

    CarryOutPurgeOrders.Outcome outcome = carryOut().poll();

    assertThat(outcome.purged()).isEqualTo(1);
    assertThat(outcome.confirmed()).isEqualTo(1);
    assertThat(step.runs).isEqualTo(1);
    assertThat(inbox.confirmed.get(order.id()).get("plate-reads")).isEqualTo(7L);
    assertThat(purges.find(order.id()).orElseThrow().status())
        .isEqualTo(GaragePurge.Status.CONFIRMED);
    assertThat(journal)
        .as("journaled for restores of older backups (R1)")
        .singleElement()
        .satisfies(j -> assertThat(j.orderId()).isEqualTo(order.id().toString()));
  }

  @Test
  void confirmsLaterWithoutPurgingAgainWhenThePortalWentAwayBeforeTheConfirmation() {
    PurgeOrder order = order("G1", NOW.minus(Duration.ofDays(90)));
    inbox.orders.add(new ReceivedOrder(order, "{}"));
    inbox.confirmFails = true;

    CarryOutPurgeOrders.Outcome away = carryOut().poll();
    inbox.confirmFails = false;
    CarryOutPurgeOrders.Outcome back = carryOut().poll();

    assertThat(away.portalProblem()).contains("portal away");
    assertThat(purges.find(order.id()).orElseThrow().status())
        .isEqualTo(GaragePurge.Status.CONFIRMED);
    assertThat(back.purged()).isZero();
    assertThat(back.confirmed()).isEqualTo(1);
    assertThat(step.runs).as("purged once").isEqualTo(1);
    assertThat(inbox.confirmed.get(order.id()).get("plate-reads")).isEqualTo(7L);
  }

  @Test
  void purgesNothingWhileThePortalCannotBeReached() {
    inbox.fetchFails = true;

    CarryOutPurgeOrders.Outcome outcome = carryOut().poll();

    assertThat(outcome.portalProblem()).isNotNull();
    assertThat(step.runs).isZero();
  }

  @Test
  void refusesAnOrderForAnotherGarageAndPurgesNothing() {
    PurgeOrder order = order("G2", NOW.minus(Duration.ofDays(90)));
    inbox.orders.add(new ReceivedOrder(order, "{}"));

    CarryOutPurgeOrders.Outcome outcome = carryOut().poll();

    assertThat(outcome.refused()).isEqualTo(1);
    assertThat(step.runs).isZero();
    assertThat(inbox.confirmed).isEmpty();
    assertThat(purges.find(order.id()).orElseThrow().problem()).contains("garage G2");
  }

  @Test
  void refusesAnOrderWhoseCutoffLiesInTheFuture() {
    inbox.orders.add(new ReceivedOrder(order("G1", NOW.plus(Duration.ofDays(1))), "{}"));

    assertThat(carryOut().poll().refused()).isEqualTo(1);
    assertThat(step.runs).isZero();
  }

  @Test
  void anOrderTheAuthenticityCheckRefusesIsNotCarriedOut() {
    authenticity = OrderCheck.refused("signature does not verify");
    PurgeOrder order = order("G1", NOW.minus(Duration.ofDays(90)));
    inbox.orders.add(new ReceivedOrder(order, "{}"));

    assertThat(carryOut().poll().refused()).isEqualTo(1);
    assertThat(step.runs).isZero();
    assertThat(purges.find(order.id()).orElseThrow().problem()).contains("signature");
  }

  @Test
  void anOlderOrderKeepsWhatANewerOrderHoldsR3() {
    PurgeOrder older = order("G1", NOW.minus(Duration.ofDays(91)));
    PurgeOrder newer =
        new PurgeOrder(
            UUID.randomUUID(),
            2,
            "G1",
            "SJ-PARK",
            NOW,
            older.cutoffs(),
            List.of(new LegalHold(HoldKind.PLATE, "7abc123", "C-1")));
    inbox.orders.add(new ReceivedOrder(older, "{}"));
    inbox.orders.add(new ReceivedOrder(newer, "{}"));

    carryOut().poll();

    assertThat(step.holdsSeen).hasSize(2);
    assertThat(step.holdsSeen).allSatisfy(h -> assertThat(h.plates()).containsExactly("7ABC123"));
  }

  private static PurgeOrder order(String garage, Instant cutoff) {
    return new PurgeOrder(
        UUID.randomUUID(),
        1,
        garage,
        "SJ-PARK",
        NOW,
        List.of(new ClassCutoff("plate-reads", 90, cutoff)),
        List.of());
  }

  private static final class CountingStep implements PurgeStep {
    int runs;
    final List<Holds> holdsSeen = new ArrayList<>();

    @Override
    public String name() {
      return "plate-reads";
    }

    @Override
    public long estimate(PurgeOrder order, Holds holds) {
      return 7;
    }

    @Override
    public PurgeCounts run(PurgeOrder order, Holds holds, PurgeProgress progress) {
      runs++;
      holdsSeen.add(holds);
      progress.advance(7);
      return new PurgeCounts().add("plate-reads", 7).add("held-kept", 0);
    }
  }

  private static final class FakeInbox implements PurgeOrderInbox {
    final List<ReceivedOrder> orders = new ArrayList<>();
    final Map<UUID, Map<String, Long>> confirmed = new LinkedHashMap<>();
    boolean fetchFails;
    boolean confirmFails;

    @Override
    public List<ReceivedOrder> pending() throws PortalUnavailable {
      if (fetchFails) {
        throw new PortalUnavailable("portal away", null);
      }
      return orders.stream().filter(o -> !confirmed.containsKey(o.order().id())).toList();
    }

    @Override
    public boolean confirm(UUID orderId, Instant completedAt, PurgeCounts counts)
        throws PortalUnavailable {
      if (confirmFails) {
        throw new PortalUnavailable("portal away", null);
      }
      return confirmed.put(orderId, counts.asMap()) == null;
    }
  }

  private static final class FakePurges implements GaragePurges {
    final Map<UUID, GaragePurge> purges = new HashMap<>();

    @Override
    public Optional<GaragePurge> find(UUID orderId) {
      return Optional.ofNullable(purges.get(orderId));
    }

    @Override
    public void started(ReceivedOrder order, Instant at) {
      put(order.order().id(), GaragePurge.Status.RUNNING, new PurgeCounts(), null);
    }

    @Override
    public void finished(UUID orderId, PurgeCounts counts, Instant at) {
      put(orderId, GaragePurge.Status.DONE, counts, null);
    }

    @Override
    public void confirmed(UUID orderId, Instant at) {
      put(orderId, GaragePurge.Status.CONFIRMED, purges.get(orderId).counts(), null);
    }

    @Override
    public void refused(ReceivedOrder order, String reason, Instant at) {
      put(order.order().id(), GaragePurge.Status.REFUSED, new PurgeCounts(), reason);
    }

    @Override
    public List<GaragePurge> recent(int limit) {
      return List.copyOf(purges.values());
    }

    private void put(UUID id, GaragePurge.Status status, PurgeCounts counts, String problem) {
      purges.put(id, new GaragePurge(id, 1, status, NOW, NOW, NOW, counts, problem));
    }
  }
}
