package org.openparcs.portal.audit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openparcs.portal.common.model.Sha256;

/**
 * Tamper evidence of the audit trail (POLICY T1, T3): an edited, inserted or removed record shows,
 * also a trail cut back at its end, and a trail rewritten with a consistent chain up to an anchor.
 */
class TrailVerificationTest {

  private static final Instant AT = Instant.parse("2026-11-22T19:00:00Z");

  private static List<AuditRecord> trail(int length, String who) {
    List<AuditRecord> trail = new ArrayList<>();
    Sha256 prev = Sha256.ZERO;
    for (int i = 1; i <= length; i++) {
      AuditEntry e =
          new AuditEntry(
              AT.plusSeconds(i),
              who,
              "Parking",
              "10.0.0.1",
              AuditAction.ALPR_SEARCH,
              new AlprAccess("parking-enforcement", "plate=P" + i, null, null),
              null);
      AuditRecord linked = AuditChain.link(prev, e);
      trail.add(new AuditRecord(i, e, linked.prevHash(), linked.hash()));
      prev = linked.hash();
    }
    return trail;
  }

  private static Sha256 head(List<AuditRecord> t) {
    return t.get(t.size() - 1).hash();
  }

  private static AuditAnchor anchorAt(List<AuditRecord> t, int position) {
    return new AuditAnchor(AT, t.get(position - 1).id(), t.get(position - 1).hash(), position);
  }

  @Test
  void anUntouchedTrailWithItsAnchorsIsIntact() {
    List<AuditRecord> t = trail(5, "alice");

    assertThat(TrailVerification.verify(t, head(t), List.of(anchorAt(t, 3))))
        .isEqualTo(new ChainCheck.Intact(5, head(t)));
  }

  @Test
  void anEditedPurposeShows() {
    List<AuditRecord> t = trail(5, "alice");
    AuditRecord r = t.get(2);
    AuditEntry e = r.entry();
    AuditEntry edited =
        new AuditEntry(
            e.occurredAt(),
            e.username(),
            e.department(),
            e.ip(),
            e.action(),
            new AlprAccess("garage-access", e.access().terms(), null, null),
            e.detail());
    t.set(2, new AuditRecord(r.id(), edited, r.prevHash(), r.hash()));

    assertThat(TrailVerification.verify(t, head(t), List.of()))
        .isEqualTo(new ChainCheck.Broken(3, "its hash does not match its fields (edited)"));
  }

  @Test
  void aRemovedOrInsertedRecordShows() {
    List<AuditRecord> removed = trail(5, "alice");
    removed.remove(1);
    List<AuditRecord> inserted = trail(5, "alice");
    inserted.add(2, trail(1, "mallory").get(0));

    assertThat(TrailVerification.verify(removed, head(removed), List.of()))
        .isInstanceOf(ChainCheck.Broken.class);
    assertThat(TrailVerification.verify(inserted, head(inserted), List.of()))
        .isInstanceOf(ChainCheck.Broken.class);
  }

  @Test
  void recordsCutFromTheEndAfterTheLastAnchorShowAgainstTheRecordedHead() {
    List<AuditRecord> t = trail(5, "alice");
    Sha256 recordedHead = head(t);
    AuditAnchor anchor = anchorAt(t, 3);
    List<AuditRecord> cut = new ArrayList<>(t.subList(0, 4));

    ChainCheck check = TrailVerification.verify(cut, recordedHead, List.of(anchor));

    assertThat(check).isInstanceOf(ChainCheck.Broken.class);
    assertThat(((ChainCheck.Broken) check).reason()).contains("removed from the end");
  }

  @Test
  void aTrailCutBackBeforeAnAnchorShowsEvenWithTheHeadRewritten() {
    List<AuditRecord> t = trail(5, "alice");
    AuditAnchor anchor = anchorAt(t, 4);
    List<AuditRecord> cut = new ArrayList<>(t.subList(0, 2));

    ChainCheck check = TrailVerification.verify(cut, head(cut), List.of(anchor));

    assertThat(((ChainCheck.Broken) check).reason()).contains("anchored record is missing");
  }

  @Test
  void aWholeTrailRewrittenWithAConsistentChainShowsAgainstTheAnchor() {
    List<AuditRecord> original = trail(5, "alice");
    AuditAnchor anchor = anchorAt(original, 4);
    List<AuditRecord> forged = trail(5, "someone-else");

    ChainCheck check = TrailVerification.verify(forged, head(forged), List.of(anchor));

    assertThat(((ChainCheck.Broken) check).recordId()).isEqualTo(4);
  }
}
