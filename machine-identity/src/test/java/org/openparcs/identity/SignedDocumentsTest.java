package org.openparcs.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openparcs.identity.Verification.Why;

class SignedDocumentsTest {

  static final KeyPair PORTAL = MachineKeys.generate();
  static final KeyPair RETIRED = MachineKeys.generate();
  static final KeyDirectory TRUSTED =
      new StaticKeys(
          List.of(
              new TrustedKey("portal-1", "portal", PORTAL.getPublic(), true),
              new TrustedKey("portal-0", "portal", RETIRED.getPublic(), false)));

  static Map<String, Object> order() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("orderId", "8d7f0c9e-0000-4000-8000-000000000001");
    o.put("runId", 12L);
    o.put("garageId", "G1");
    o.put("cutoffs", List.of(Map.of("dataClass", "plate-reads", "retentionDays", 90)));
    o.put("holds", List.of(Map.of("kind", "PLATE", "target", "7ABC123", "caseNumber", "C-1")));
    o.put("note", "quote \" backslash \\ newline \n é");
    return o;
  }

  @Test
  void verifiesASignedOrderWhateverTheKeyOrderAndNumberTypesAfterParsing() {
    Map<String, Object> signed =
        SignedDocuments.sign(order(), new SigningKey("portal-1", PORTAL.getPrivate()));
    Map<String, Object> reparsed = new java.util.TreeMap<>(signed);
    reparsed.put("runId", 12); // a JSON parser may give an Integer where a Long was signed
    assertThat(SignedDocuments.verify(reparsed, TRUSTED))
        .isEqualTo(new Verification.Verified("portal-1", "portal"));
  }

  @Test
  void refusesAnOrderWithAChangedCutoffOrAnotherGarage() {
    Map<String, Object> signed =
        SignedDocuments.sign(order(), new SigningKey("portal-1", PORTAL.getPrivate()));
    Map<String, Object> widened = new LinkedHashMap<>(signed);
    widened.put("cutoffs", List.of(Map.of("dataClass", "plate-reads", "retentionDays", 1)));
    Map<String, Object> moved = new LinkedHashMap<>(signed);
    moved.put("garageId", "G2");
    assertThat(RequestVerifierTest.why(SignedDocuments.verify(widened, TRUSTED)))
        .isEqualTo(Why.BAD_SIGNATURE);
    assertThat(RequestVerifierTest.why(SignedDocuments.verify(moved, TRUSTED)))
        .isEqualTo(Why.BAD_SIGNATURE);
  }

  @Test
  void refusesUnsignedForgedAndRevokedOrders() {
    assertThat(RequestVerifierTest.why(SignedDocuments.verify(order(), TRUSTED)))
        .isEqualTo(Why.UNSIGNED);
    SigningKey forger = new SigningKey("portal-1", MachineKeys.generate().getPrivate());
    assertThat(
            RequestVerifierTest.why(
                SignedDocuments.verify(SignedDocuments.sign(order(), forger), TRUSTED)))
        .isEqualTo(Why.BAD_SIGNATURE);
    SigningKey retired = new SigningKey("portal-0", RETIRED.getPrivate());
    assertThat(
            RequestVerifierTest.why(
                SignedDocuments.verify(SignedDocuments.sign(order(), retired), TRUSTED)))
        .isEqualTo(Why.REVOKED_KEY);
  }

  @Test
  void aKeyFileIsReadWithItsIdAndNeverPrintsTheKey() {
    String text = SigningKeyFile.content("g1-2026", PORTAL.getPrivate());
    SigningKey key = SigningKeyFile.parse(text, "ignored");
    assertThat(key.keyId()).isEqualTo("g1-2026");
    assertThat(key.toString())
        .doesNotContain(MachineKeys.privatePem(PORTAL.getPrivate()).substring(30, 50));
  }
}
