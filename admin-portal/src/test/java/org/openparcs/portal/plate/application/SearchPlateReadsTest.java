package org.openparcs.portal.plate.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AlprAccess;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.fakes.Actors;
import org.openparcs.portal.fakes.DirectUnitOfWork;
import org.openparcs.portal.fakes.FixedClock;
import org.openparcs.portal.fakes.InMemoryAuditTrail;
import org.openparcs.portal.fakes.InMemoryPlateReads;
import org.openparcs.portal.fakes.Purposes;
import org.openparcs.portal.plate.application.SearchPlateReads.Channel;
import org.openparcs.portal.plate.application.SearchPlateReads.Outcome;
import org.openparcs.portal.plate.model.AlprAccessPolicy;
import org.openparcs.portal.plate.model.PlateQuery;
import org.openparcs.portal.plate.model.PlateRead;
import org.openparcs.portal.user.model.Role;

/** Searches and views of ALPR data: audited with every field of POLICY T1, scoped (A5, A6). */
class SearchPlateReadsTest {

  private static final Instant READ_AT = Instant.parse("2026-11-20T08:00:00Z");

  private final InMemoryPlateReads reads = new InMemoryPlateReads();
  private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final AlprAccessPolicy policy = new AlprAccessPolicy(Purposes.LIST, Purposes.PROHIBITED);
  private final RecordAuditEntry audit = new RecordAuditEntry(trail, unitOfWork);
  private final SearchPlateReads search =
      new SearchPlateReads(reads, policy, audit, unitOfWork, FixedClock.atNow());
  private final ViewPlateRead view =
      new ViewPlateRead(reads, policy, audit, unitOfWork, FixedClock.atNow());
  private PlateRead atG2;

  @BeforeEach
  void readsAtTwoGarages() {
    reads.add("G1", "7ABC123", READ_AT);
    atG2 = reads.add("G2", "7ABC123", READ_AT.plusSeconds(60));
  }

  @Test
  void recordsTimeUserDepartmentIpTermsAndPurposeOfEverySearchPolicyT1() {
    Actor op = Actors.of(Role.OPERATOR, Actors.TRAINED, "G1");

    search.search(op, query("parking-enforcement", null, null), Channel.PAGE, 100);

    AuditEntry e = last();
    assertThat(e.occurredAt()).isEqualTo(FixedClock.NOW);
    assertThat(e.action()).isEqualTo(AuditAction.ALPR_SEARCH);
    assertThat(e.username()).isEqualTo("operator");
    assertThat(e.department()).isEqualTo("Parking Division");
    assertThat(e.ip()).isEqualTo("10.0.0.7");
    assertThat(e.access())
        .isEqualTo(new AlprAccess("parking-enforcement", "plate=7ABC123", null, null));
  }

  @Test
  void recordsTheCaseNumberCrimeTypeAndAgencyOfALawEnforcementSearchPolicyT4() {
    Actor agency =
        new Actor(
            9,
            "det.lee",
            "San Jose Police Department",
            "10.9.0.1",
            java.util.Set.of(Role.COORDINATOR),
            java.util.Set.of(),
            Actors.TRAINED);

    search.search(agency, query("law-enforcement", "SJ-2026-0042", "burglary"), Channel.API, 100);

    AuditEntry e = last();
    assertThat(e.action()).isEqualTo(AuditAction.ALPR_API);
    assertThat(e.department()).isEqualTo("San Jose Police Department");
    assertThat(e.access().caseNumber()).isEqualTo("SJ-2026-0042");
    assertThat(e.access().crimeType()).isEqualTo("burglary");
  }

  @Test
  void refusesAndAuditsASearchWithoutPurposePolicyU1() {
    Outcome outcome =
        search.search(
            Actors.of(Role.OPERATOR, Actors.TRAINED, "G1"),
            query(null, null, null),
            Channel.PAGE,
            100);

    assertThat(outcome).isInstanceOf(Outcome.Refused.class);
    assertThat(last().action()).isEqualTo(AuditAction.ALPR_REFUSED);
  }

  @Test
  void showsOnlyReadsOfGaragesInTheUsersScopePolicyA5() {
    Outcome outcome =
        search.search(
            Actors.of(Role.VENDOR, Actors.TRAINED, "G1"),
            query("parking-enforcement", null, null),
            Channel.EXPORT,
            100);

    assertThat(((Outcome.Found) outcome).reads())
        .extracting(r -> r.garage().value())
        .containsExactly("G1");
    assertThat(last().action()).isEqualTo(AuditAction.ALPR_EXPORT);
  }

  @Test
  void aReadOutOfScopeLooksExactlyLikeAReadThatDoesNotExistPolicyA6() {
    Actor op = Actors.of(Role.OPERATOR, Actors.TRAINED, "G1");
    PlateQuery purpose = query("parking-enforcement", null, null);

    ViewPlateRead.Outcome outOfScope = view.view(op, atG2.eventId().toString(), purpose);
    ViewPlateRead.Outcome missing = view.view(op, "00000000-0000-0000-0000-000000000000", purpose);

    assertThat(outOfScope).isEqualTo(missing).isEqualTo(new ViewPlateRead.Outcome.NotVisible());
    assertThat(last().action()).isEqualTo(AuditAction.ALPR_VIEW);
  }

  @Test
  void aCoordinatorViewsAReadAndTheViewIsAudited() {
    ViewPlateRead.Outcome shown =
        view.view(
            Actors.of(Role.COORDINATOR, Actors.TRAINED),
            atG2.eventId().toString(),
            query("parking-enforcement", null, null));

    assertThat(shown).isEqualTo(new ViewPlateRead.Outcome.Shown(atG2));
    // The plate shown is recorded in the terms (sealed at rest), not in the detail (POLICY K1).
    assertThat(last().access().terms())
        .isEqualTo("read=" + atG2.eventId() + " plate=" + atG2.plate());
    assertThat(last().detail()).isEqualTo("read shown").doesNotContain(atG2.plate());
  }

  private static PlateQuery query(String purpose, String caseNumber, String crimeType) {
    return new PlateQuery("7ABC123", null, null, null, purpose, caseNumber, crimeType);
  }

  private AuditEntry last() {
    return trail.readAll().get(trail.readAll().size() - 1).entry();
  }
}
