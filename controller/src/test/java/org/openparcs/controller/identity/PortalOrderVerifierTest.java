package org.openparcs.controller.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.garage.model.GarageId;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.identity.infrastructure.IdentitySettings;
import org.openparcs.controller.identity.infrastructure.PortalOrderVerifier;
import org.openparcs.identity.MachineKeys;
import org.openparcs.identity.SignedDocuments;
import org.openparcs.identity.SigningKey;
import org.openparcs.identity.Verification;

/** A purge order is acted on only when the portal signed it for this garage (issue 9, R1). */
class PortalOrderVerifierTest {

  static final KeyPair PORTAL = MachineKeys.generate();
  static final PortalOrderVerifier VERIFIER =
      new PortalOrderVerifier(
          new IdentitySettings(
              null, List.of("portal-2026=" + MachineKeys.publicText(PORTAL.getPublic()))),
          new GarageLayout(
              new GarageId("G1"),
              "Test",
              ZoneId.of("UTC"),
              Currency.getInstance("USD"),
              List.of(),
              List.of()),
          null);

  static Map<String, Object> order(String garage) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("orderId", "0b6e5f0a-1c1d-4f6e-9a51-2f7d3c1b0a11");
    o.put("runId", 3L);
    o.put("garageId", garage);
    o.put("issuedAt", "2026-11-22T20:00:00Z");
    o.put(
        "cutoffs",
        List.of(
            Map.of(
                "dataClass", "plate-reads",
                "retentionDays", 90,
                "purgeBefore", "2026-08-24T20:00:00Z")));
    o.put("holds", List.of());
    return o;
  }

  static Map<String, Object> signed(Map<String, Object> order) {
    return SignedDocuments.sign(order, new SigningKey("portal-2026", PORTAL.getPrivate()));
  }

  @Test
  void acceptsAnOrderThePortalSignedForThisGarage() {
    assertThat(VERIFIER.verify(signed(order("G1"))))
        .isEqualTo(new Verification.Verified("portal-2026", "portal"));
  }

  @Test
  void refusesAPurgeOrderWithABadSignature() {
    Map<String, Object> tampered = new LinkedHashMap<>(signed(order("G1")));
    tampered.put(
        "cutoffs",
        List.of(
            Map.of(
                "dataClass", "plate-reads",
                "retentionDays", 1,
                "purgeBefore", "2026-11-21T20:00:00Z")));
    SigningKey forger = new SigningKey("portal-2026", MachineKeys.generate().getPrivate());

    assertThat(VERIFIER.verify(tampered).verified()).isFalse();
    assertThat(VERIFIER.verify(SignedDocuments.sign(order("G1"), forger)).verified()).isFalse();
    assertThat(VERIFIER.verify(order("G1")).verified()).as("unsigned").isFalse();
  }

  @Test
  void refusesAnOrderSignedForAnotherGarage() {
    assertThat(VERIFIER.verify(signed(order("G2"))).verified()).isFalse();
  }

  @Test
  void aGarageWithoutPortalKeysRefusesEvenAWellSignedOrder() {
    PortalOrderVerifier unenrolled =
        new PortalOrderVerifier(
            new IdentitySettings(null, List.of("")),
            new GarageLayout(
                new GarageId("G1"),
                "Test",
                ZoneId.of("UTC"),
                Currency.getInstance("USD"),
                List.of(),
                List.of()),
            null);

    Verification v = unenrolled.verify(signed(order("G1")));

    assertThat(v.verified()).isFalse();
    assertThat(v.<String>match(ok -> "", refused -> refused.reason()))
        .contains("portal keys missing");
    assertThat(unenrolled.refusals(PortalOrderVerifier.RefusalReason.PORTAL_KEYS_MISSING))
        .isEqualTo(1);
    assertThat(unenrolled.hasPortalKeys()).isFalse();
  }
}
