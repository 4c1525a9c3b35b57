package org.openparcs.portal.retention.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openparcs.policy.catalog.ProfileCatalog;
import org.openparcs.policy.model.DataClass;
import org.openparcs.policy.model.DeploymentChoice;
import org.openparcs.policy.model.EffectivePolicy;
import org.openparcs.policy.model.ProfileCheck;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.fakes.DirectUnitOfWork;
import org.openparcs.portal.fakes.FixedClock;
import org.openparcs.portal.fakes.InMemoryAuditTrail;
import org.openparcs.portal.fakes.InMemoryRetention;
import org.openparcs.portal.retention.model.ClassResult;
import org.openparcs.portal.retention.model.HoldTarget;

/** A purge run under SJPD-DUP (30 days), against in-memory stores (POLICY R1, R3, R4, T2). */
class ExecutePurgeTest {

  private static final Instant NOW = FixedClock.NOW;

  private final EffectivePolicy dup =
      ProfileCheck.check(
              ProfileCatalog.standard().find("SJPD-DUP").orElseThrow(),
              DeploymentChoice.profileDefaults())
          .match(p -> p, problems -> null);
  private final InMemoryRetention stores = new InMemoryRetention();
  private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final RecordAuditEntry audit = new RecordAuditEntry(trail, unitOfWork);
  private final BeginPurge begin = new BeginPurge(stores, audit, unitOfWork, FixedClock.atNow());
  private final ExecutePurge execute =
      new ExecutePurge(
          dup, stores, stores, stores, stores, stores, audit, unitOfWork, FixedClock.atNow(), 2);

  @Test
  void purgesEveryExpiredRecordInSmallChunksAndKeepsTheRestPolicyR1() {
    for (int i = 0; i < 5; i++) {
      stores.add(DataClass.PLATE_READS, NOW.minus(Duration.ofDays(31)), "OLD" + i);
    }
    stores.add(DataClass.PLATE_READS, NOW.minus(Duration.ofDays(29)), "NEW1");
    stores.add(DataClass.EXPORTS, NOW.minus(Duration.ofDays(40)), "OLD0");

    List<ClassResult> results = execute.execute(run(), "SCHEDULED");

    assertThat(stores.data()).extracting(InMemoryRetention.Data::plate).containsExactly("NEW1");
    assertThat(result(results, DataClass.PLATE_READS).done()).isEqualTo(5);
    assertThat(unitOfWork.transactions())
        .as("chunks of 2, each its own transaction")
        .isGreaterThan(3);
  }

  @Test
  void keepsWhatAHoldNamesUntilTheHoldIsReleasedPolicyR3() {
    stores.add(DataClass.PLATE_READS, NOW.minus(Duration.ofDays(60)), "HELD1");
    stores.add(DataClass.HOT_LIST_HITS, NOW.minus(Duration.ofDays(60)), "HELD1");
    long hold = stores.place(HoldTarget.PLATE, "HELD1", "C-9", "evidence", "coord", NOW);

    List<ClassResult> first = execute.execute(run(), "SCHEDULED");
    assertThat(stores.data()).hasSize(2);
    assertThat(result(first, DataClass.PLATE_READS).heldKept()).isEqualTo(1);

    stores.release(hold, "coord", NOW, "case closed");
    execute.execute(run(), "SCHEDULED");
    assertThat(stores.data()).isEmpty();
  }

  @Test
  void leavesAProofInTheAuditTrailAndAnOrderForEveryGaragePolicyR4T2() {
    stores.add(DataClass.SESSION_PLATES, NOW.minus(Duration.ofDays(45)), "S1");
    stores.place(HoldTarget.PLATE, "X1", "CASE-1", "dispute", "coord", NOW);

    long id = run();
    execute.execute(id, "ON_DEMAND");

    AuditEntry proof = trail.readAll().get(trail.readAll().size() - 1).entry();
    assertThat(proof.action()).isEqualTo(AuditAction.PURGE_COMPLETED);
    assertThat(proof.detail())
        .startsWith(
            "R4 purge run "
                + id
                + " (ON_DEMAND): plate reads and images: cut-off "
                + NOW.minus(Duration.ofDays(30))
                + " (30 days)")
        .contains("sessions' plate fields: cut-off", "1 purged, 0 kept under legal hold")
        .contains("never purged (kept at least 2 years, POLICY T2)")
        .contains("1 legal hold(s) respected (cases CASE-1)");
    assertThat(stores.orders()).hasSize(2);
    assertThat(stores.orders().get(0).cutoffs()).hasSize(4);
    assertThat(stores.orders().get(0).holds()).extracting(h -> h.target()).containsExactly("X1");
    assertThat(stores.find(id).orElseThrow().status()).isEqualTo("DONE");
  }

  @Test
  void runsOnePurgeAtATime() {
    long first = run();
    assertThat(begin.begin("SCHEDULED", null)).isEmpty();
    execute.execute(first, "SCHEDULED");
    assertThat(begin.begin("SCHEDULED", null)).isPresent();
  }

  private long run() {
    return begin.begin("SCHEDULED", null).orElseThrow();
  }

  private static ClassResult result(List<ClassResult> results, DataClass c) {
    return results.stream().filter(r -> r.dataClass() == c).findFirst().orElseThrow();
  }
}
