package org.openparcs.portal.audit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openparcs.portal.common.model.Sha256;

/**
 * POLICY K1 with T1: the terms searched are sealed at rest, apart from the record, and the chain
 * covers their salted commitment, so re-sealing them under a new key leaves the chain intact while
 * any change to the terms still breaks it.
 */
class SealedTermsChainTest {

  private static final Instant AT = Instant.parse("2026-11-22T19:00:00Z");
  private static final String SALT = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

  private static AuditEntry search(String terms) {
    return new AuditEntry(
        AT,
        "alice",
        "Parking",
        "10.0.0.1",
        AuditAction.ALPR_SEARCH,
        new AlprAccess("parking-enforcement", terms, null, null),
        "1 read(s) shown");
  }

  @Test
  void theChainCoversTheCommitmentNotTheTermsK1() {
    AuditRecord salted = AuditChain.link(Sha256.ZERO, search("plate=7ABC123"), SALT);
    AuditRecord clear = AuditChain.link(Sha256.ZERO, search("plate=7ABC123"));

    assertThat(salted.termsSalt()).isEqualTo(SALT);
    assertThat(salted.hash()).isNotEqualTo(clear.hash());
  }

  @Test
  void theSameTermsAndSaltVerifyWhateverKeySealedThemK1() {
    AuditRecord linked = AuditChain.link(Sha256.ZERO, search("plate=7ABC123"), SALT);
    AuditRecord read = linked.withId(1);

    assertThat(AuditChain.verify(List.of(read))).isInstanceOf(ChainCheck.Intact.class);
  }

  @Test
  void changedTermsBreakTheChainK1() {
    AuditRecord linked = AuditChain.link(Sha256.ZERO, search("plate=7ABC123"), SALT);
    AuditRecord forged =
        new AuditRecord(1, search("plate=9ZZZ999"), linked.prevHash(), linked.hash(), SALT);

    assertThat(AuditChain.verify(List.of(forged))).isInstanceOf(ChainCheck.Broken.class);
  }

  @Test
  void aRecordWithoutTermsKeepsNoSalt() {
    AuditRecord linked = AuditChain.link(Sha256.ZERO, search(null), SALT);

    assertThat(linked.termsSalt()).isNull();
    assertThat(AuditChain.verify(List.of(linked.withId(1)))).isInstanceOf(ChainCheck.Intact.class);
  }
}
