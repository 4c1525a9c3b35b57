package org.openparcs.portal.audit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openparcs.portal.common.model.Sha256;

/**
 * POLICY K1 with T2: an audit record's detail quotes what people typed (a hold's reason, a
 * disposition note), so it is sealed apart like the terms and the chain covers its salted
 * commitment; records linked before that keep a chain over their clear detail, and still verify.
 */
class SealedDetailChainTest {

  private static final Instant AT = Instant.parse("2026-11-22T19:00:00Z");
  private static final String SALT = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

  private static AuditEntry hold(String reason) {
    return AuditEntry.of(AT, "coord", "10.0.0.1", AuditAction.LEGAL_HOLD_PLACED, reason);
  }

  @Test
  void theChainCoversTheDetailsCommitmentNotTheDetailK1() {
    AuditRecord salted = AuditChain.link(Sha256.ZERO, hold("hold 1: seen with 7ABC123"), SALT);
    AuditRecord clear = AuditChain.link(Sha256.ZERO, hold("hold 1: seen with 7ABC123"));

    assertThat(salted.detailSalt()).isEqualTo(SALT);
    assertThat(salted.termsSalt()).as("no terms, no terms salt").isNull();
    assertThat(salted.hash()).isNotEqualTo(clear.hash());
    assertThat(AuditChain.verify(List.of(salted.withId(1)))).isInstanceOf(ChainCheck.Intact.class);
  }

  @Test
  void aChangedDetailBreaksTheChainK1() {
    AuditRecord linked = AuditChain.link(Sha256.ZERO, hold("hold 1: seen with 7ABC123"), SALT);
    AuditRecord forged =
        new AuditRecord(
            1, hold("hold 1: nothing to see"), linked.prevHash(), linked.hash(), null, SALT);

    assertThat(AuditChain.verify(List.of(forged))).isInstanceOf(ChainCheck.Broken.class);
  }

  @Test
  void aRecordLinkedBeforeTheDetailWasSealedStillVerifiesK1() {
    AuditRecord before = AuditChain.link(Sha256.ZERO, hold("hold 1: evidence")).withId(1);
    AuditRecord after =
        AuditChain.link(before.hash(), hold("hold 2: seen with 7ABC123"), SALT).withId(2);

    assertThat(before.detailSalt()).isNull();
    assertThat(AuditChain.verify(List.of(before, after))).isInstanceOf(ChainCheck.Intact.class);
  }
}
