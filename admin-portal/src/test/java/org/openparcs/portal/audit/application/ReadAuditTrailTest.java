package org.openparcs.portal.audit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openparcs.portal.access.model.NotPermitted;
import org.openparcs.portal.audit.application.ReadAuditTrail.View;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.audit.model.AuditFilter;
import org.openparcs.portal.audit.model.AuditRecord;
import org.openparcs.portal.fakes.Actors;
import org.openparcs.portal.fakes.DirectUnitOfWork;
import org.openparcs.portal.fakes.FixedClock;
import org.openparcs.portal.fakes.InMemoryAuditAnchors;
import org.openparcs.portal.fakes.InMemoryAuditTrail;
import org.openparcs.portal.user.model.Role;

/**
 * POLICY T3: an auditor from outside reviews, samples and exports the trail; exports are audited.
 */
class ReadAuditTrailTest {

  private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final RecordAuditEntry audit = new RecordAuditEntry(trail, unitOfWork);
  private final ReadAuditTrail read =
      new ReadAuditTrail(trail, audit, unitOfWork, FixedClock.atNow());
  private final org.openparcs.portal.access.model.Actor auditor =
      Actors.of(Role.EXTERNAL_AUDITOR, Actors.LAPSED);

  @BeforeEach
  void someActivity() {
    for (int i = 0; i < 30; i++) {
      audit.record(
          AuditEntry.of(
              FixedClock.NOW, "user" + (i % 3), "10.0.0.1", AuditAction.LOGIN_FAILED, null));
    }
  }

  @Test
  void anExportIsItselfAuditedAndIncludesItsOwnEntry() {
    List<AuditRecord> exported =
        read.read(auditor, View.EXPORT, AuditFilter.actions(Set.of()), 1000);

    assertThat(exported.get(0).entry().action()).isEqualTo(AuditAction.AUDIT_EXPORTED);
    assertThat(exported.get(0).entry().username()).isEqualTo("external_auditor");
    assertThat(exported).hasSize(31);
  }

  @Test
  void aRandomSampleHasTheAskedSizeWithinTheFilterAndIsAudited() {
    AuditFilter user1 = new AuditFilter(null, null, "user1", Set.of(), null, null);

    List<AuditRecord> sample = read.read(auditor, View.SAMPLE, user1, 5);

    assertThat(sample)
        .hasSize(5)
        .allSatisfy(r -> assertThat(r.entry().username()).isEqualTo("user1"));
    assertThat(trail.readAll().get(30).entry().action()).isEqualTo(AuditAction.AUDIT_SAMPLED);
  }

  @Test
  void anOperatorMayNotReadTheTrail() {
    assertThatThrownBy(
            () ->
                read.read(
                    Actors.of(Role.OPERATOR, Actors.TRAINED, "G1"),
                    View.BROWSE,
                    AuditFilter.actions(Set.of()),
                    10))
        .isInstanceOf(NotPermitted.class);
  }

  @Test
  void anchoringTwiceWithoutNewRecordsAddsOneAnchor() {
    InMemoryAuditAnchors anchors = new InMemoryAuditAnchors();
    AnchorAuditTrail anchor = new AnchorAuditTrail(trail, anchors, unitOfWork, FixedClock.atNow());

    assertThat(anchor.anchor()).isPresent();
    assertThat(anchor.anchor()).isEmpty();
    assertThat(anchors.all()).hasSize(1);
    assertThat(anchors.all().get(0).records()).isEqualTo(30);
  }
}
