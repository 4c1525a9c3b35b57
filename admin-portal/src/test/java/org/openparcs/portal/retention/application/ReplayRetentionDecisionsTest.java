package org.openparcs.portal.retention.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openparcs.policy.model.DataClass;
import org.openparcs.portal.fakes.DirectUnitOfWork;
import org.openparcs.portal.fakes.FixedClock;
import org.openparcs.portal.fakes.InMemoryRetention;
import org.openparcs.portal.retention.model.ClassCutoff;
import org.openparcs.portal.retention.model.HoldTarget;
import org.openparcs.portal.retention.model.LegalHold;
import org.openparcs.portal.retention.model.RetentionDecision;

/** Decisions made after a backup, replayed on the restored stores in their order (R1, R3). */
class ReplayRetentionDecisionsTest {

  private static final Instant NOW = FixedClock.NOW;

  private final InMemoryRetention stores = new InMemoryRetention();
  private final ReplayRetentionDecisions replay =
      new ReplayRetentionDecisions(stores, stores, new DirectUnitOfWork(), 2);

  private static RetentionDecision purgeAt(Instant at) {
    return new RetentionDecision.PurgeRan(
        7, at, List.of(new ClassCutoff(DataClass.PLATE_READS, 30, at.minus(Duration.ofDays(30)))));
  }

  private static LegalHold hold(long id, String plate, Instant at) {
    return new LegalHold(
        id, HoldTarget.PLATE, plate, "C-" + id, "evidence", "coord", at, null, null, null);
  }

  @Test
  void aHoldPlacedAfterAPurgeDoesNotBringBackWhatThePurgeRemovedPolicyR1() {
    stores.add(DataClass.PLATE_READS, NOW.minus(Duration.ofDays(40)), "GONE1");

    replay.replay(
        List.of(
            purgeAt(NOW), new RetentionDecision.HoldPlaced(hold(1, "GONE1", NOW.plusSeconds(5)))));

    assertThat(stores.data()).isEmpty();
    assertThat(stores.active()).extracting(LegalHold::target).containsExactly("GONE1");
  }

  @Test
  void aReleasedHoldNoLongerKeepsItsDataFromTheNextPurgePolicyR3() {
    stores.add(DataClass.PLATE_READS, NOW.minus(Duration.ofDays(40)), "HELD1");
    stores.add(DataClass.PLATE_READS, NOW.minus(Duration.ofDays(40)), "HELD2");
    stores.place(
        HoldTarget.PLATE, "HELD1", "C-1", "evidence", "coord", NOW.minus(Duration.ofDays(50)));

    var done =
        replay.replay(
            List.of(
                new RetentionDecision.HoldPlaced(hold(2, "HELD2", NOW)),
                new RetentionDecision.HoldReleased(1, "coord", NOW, "case closed"),
                purgeAt(NOW.plusSeconds(60))));

    assertThat(stores.data()).extracting(InMemoryRetention.Data::plate).containsExactly("HELD2");
    assertThat(done.placed()).isEqualTo(1);
    assertThat(done.released()).isEqualTo(1);
    assertThat(done.purged()).isEqualTo(1);
  }

  @Test
  void decisionsAlreadyInTheRestoredStoresChangeNothing() {
    stores.place(HoldTarget.PLATE, "HELD1", "C-1", "evidence", "coord", NOW);
    stores.release(1, "coord", NOW, "case closed");

    var done =
        replay.replay(
            List.of(
                new RetentionDecision.HoldPlaced(hold(1, "HELD1", NOW)),
                new RetentionDecision.HoldReleased(1, "coord", NOW, "case closed")));

    assertThat(done.placed()).isZero();
    assertThat(done.released()).isZero();
  }
}
