package org.openparcs.portal.audit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openparcs.portal.common.model.Sha256;

/** The audit trail's hash chain (POLICY A2, T3): any change to a stored record shows. */
class AuditChainTest {

  private static final Instant AT = Instant.parse("2026-11-22T19:00:00.123456Z");

  private static List<AuditRecord> trail(int length) {
    List<AuditRecord> trail = new ArrayList<>();
    Sha256 prev = Sha256.ZERO;
    for (int i = 1; i <= length; i++) {
      AuditEntry entry =
          AuditEntry.of(
              AT.plusSeconds(i),
              "user" + i,
              "10.0.0." + i,
              AuditAction.LOGIN_FAILED,
              "WRONG_PASSWORD");
      AuditRecord linked = AuditChain.link(prev, entry);
      trail.add(new AuditRecord(i, entry, linked.prevHash(), linked.hash()));
      prev = linked.hash();
    }
    return trail;
  }

  @Test
  void firstRecordLinksToSixtyFourZeros() {
    AuditRecord first = trail(1).get(0);

    assertThat(first.prevHash().hex()).isEqualTo("0".repeat(64));
    assertThat(first.hash()).isNotEqualTo(Sha256.ZERO);
  }

  @Test
  void eachRecordLinksToTheHashBeforeIt() {
    List<AuditRecord> trail = trail(3);

    assertThat(trail.get(1).prevHash()).isEqualTo(trail.get(0).hash());
    assertThat(trail.get(2).prevHash()).isEqualTo(trail.get(1).hash());
    assertThat(AuditChain.verify(trail)).isInstanceOf(ChainCheck.Intact.class);
  }

  @Test
  void hashCoversEveryFieldAndThePreviousHash() {
    AuditEntry entry = AuditEntry.of(AT, "alice", "10.0.0.1", AuditAction.LOGIN_SUCCEEDED, null);
    String expected =
        Sha256.of(
                "0".repeat(64)
                    + "|2026-11-22T19:00:00.123456Z|5:alice|8:10.0.0.1|LOGIN_SUCCEEDED|-")
            .hex();

    assertThat(AuditChain.link(Sha256.ZERO, entry).hash().hex()).isEqualTo(expected);
  }

  @Test
  void detectsAChangedField() {
    List<AuditRecord> trail = trail(3);
    AuditRecord original = trail.get(1);
    AuditEntry e = original.entry();
    AuditEntry forged =
        AuditEntry.of(e.occurredAt(), e.username(), e.ip(), AuditAction.LOGIN_SUCCEEDED, null);
    trail.set(1, new AuditRecord(2, forged, original.prevHash(), original.hash()));

    assertThat(AuditChain.verify(trail))
        .isEqualTo(new ChainCheck.Broken(2, "its hash does not match its fields (edited)"));
  }

  @Test
  void detectsARemovedRecord() {
    List<AuditRecord> trail = trail(3);
    trail.remove(1);

    assertThat(AuditChain.verify(trail)).isInstanceOf(ChainCheck.Broken.class);
    assertThat(((ChainCheck.Broken) AuditChain.verify(trail)).recordId()).isEqualTo(3);
  }

  @Test
  void fieldsCannotBeShiftedIntoEachOther() {
    AuditEntry a = AuditEntry.of(AT, "a|b", null, AuditAction.LOGIN_FAILED, null);
    AuditEntry b = AuditEntry.of(AT, "a", "b", AuditAction.LOGIN_FAILED, null);

    assertThat(AuditChain.link(Sha256.ZERO, a).hash())
        .isNotEqualTo(AuditChain.link(Sha256.ZERO, b).hash());
  }
}
