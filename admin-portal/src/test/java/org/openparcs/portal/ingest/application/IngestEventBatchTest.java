package org.openparcs.portal.ingest.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.portal.fakes.Events.batch;
import static org.openparcs.portal.fakes.Events.event;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openparcs.portal.fakes.DirectUnitOfWork;
import org.openparcs.portal.fakes.Events;
import org.openparcs.portal.fakes.FixedClock;
import org.openparcs.portal.fakes.InMemoryReceivedEvents;
import org.openparcs.portal.fakes.RecordingHitAlerts;
import org.openparcs.portal.garage.model.GarageAccess;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.ingest.model.EventBatch;
import org.openparcs.portal.ingest.model.GarageEvent;
import org.openparcs.portal.ingest.model.IngestOutcome;

/** Idempotent ingest of garage event batches, against in-memory fakes. */
class IngestEventBatchTest {

  private static final GarageId G1 = new GarageId("G1");
  private static final GarageId G2 = new GarageId("G2");

  private final InMemoryReceivedEvents events = new InMemoryReceivedEvents();
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final RecordingHitAlerts alerts = new RecordingHitAlerts(List.of("P2"));
  private final IngestEventBatch ingest =
      new IngestEventBatch(events, alerts, (g, e, t) -> {}, unitOfWork, FixedClock.atNow());

  private IngestOutcome deliver(GarageId garage, EventBatch batch) {
    return ingest.ingest(new GarageAccess.Admitted(garage), batch, null);
  }

  @Test
  void aReadOfAListedPlateRaisesAnAlertAndNothingElsePolicyU3() {
    deliver(G1, batch("g1", 1, 3, 1));

    assertThat(alerts.alerts()).containsExactly("G1/P2");
    assertThat(events.stored()).hasSize(3);
  }

  @Test
  void talliesReadsAndChangedCorrectionsPerDayAndPlacePolicyK4() {
    deliver(
        G1,
        new EventBatch(
            List.of(
                Events.event("g1", 1),
                Events.event("g1", 2),
                Events.correction("g1", 3, true),
                Events.correction("g1", 4, false))));

    assertThat(events.tallies())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.reads()).isEqualTo(2);
              assertThat(t.corrections()).isEqualTo(1);
              assertThat(t.camera()).isEqualTo("cam-1");
            });
  }

  @Test
  void storesEveryEventOfAFirstDeliveryInOneTransaction() {
    IngestOutcome outcome = deliver(G1, batch("g1", 1, 10, 3));

    assertThat(outcome).isEqualTo(new IngestOutcome.Accepted(4, 0, 10));
    assertThat(events.stored()).hasSize(4);
    assertThat(unitOfWork.transactions()).isEqualTo(1);
    assertThat(events.locks()).containsExactly(G1);
    assertThat(events.lastContact(G1)).isEqualTo(FixedClock.NOW);
  }

  @Test
  void countsARedeliveredBatchAsDuplicatesAndStoresItOnce() {
    deliver(G1, batch("g1", 1, 5, 1));

    IngestOutcome again = deliver(G1, batch("g1", 1, 5, 1));

    assertThat(again).isEqualTo(new IngestOutcome.Accepted(0, 5, 5));
    assertThat(events.stored()).hasSize(5);
  }

  @Test
  void storesOnlyTheNewEventsOfAnOverlappingBatch() {
    deliver(G1, batch("g1", 1, 6, 1));

    IngestOutcome overlapping = deliver(G1, batch("g1", 4, 9, 1));

    assertThat(overlapping).isEqualTo(new IngestOutcome.Accepted(3, 3, 9));
    assertThat(events.stored()).hasSize(9);
  }

  @Test
  void answersTheHighestStoredSeqWhenAnOldBatchArrivesLate() {
    deliver(G1, batch("g1", 10, 12, 1));

    IngestOutcome late = deliver(G1, batch("g1", 1, 2, 1));

    assertThat(late).isEqualTo(new IngestOutcome.Accepted(2, 0, 12));
  }

  @Test
  void refusesWholeBatchWhenASeqIsTakenByAnotherEvent() {
    deliver(G1, batch("g1", 1, 3, 1));

    IngestOutcome clash = deliver(G1, new EventBatch(List.of(event("other", 3), event("g1", 4))));

    assertThat(clash).isInstanceOf(IngestOutcome.Conflicted.class);
    assertThat(((IngestOutcome.Conflicted) clash).message()).contains("seq 3");
    assertThat(events.stored()).hasSize(3);
  }

  @Test
  void refusesAnEventIdAlreadyStoredForAnotherGarage() {
    deliver(G1, batch("shared", 1, 1, 1));

    IngestOutcome clash = deliver(G2, batch("shared", 1, 1, 1));

    assertThat(clash).isInstanceOf(IngestOutcome.Conflicted.class);
    assertThat(events.stored()).extracting(e -> e.garageId()).containsOnly(G1);
  }

  @Test
  void keepsEachGaragesSeqsApart() {
    deliver(G1, batch("g1", 1, 3, 1));

    IngestOutcome other = deliver(G2, batch("g2", 1, 3, 1));

    assertThat(other).isEqualTo(new IngestOutcome.Accepted(3, 0, 3));
    GarageEvent first = event("g2", 1);
    assertThat(events.stored()).anyMatch(s -> s.eventId().equals(first.eventId()));
  }
}
