package org.openparcs.controller.identity.infrastructure;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.identity.MachineKeys;
import org.openparcs.identity.SignedDocuments;
import org.openparcs.identity.StaticKeys;
import org.openparcs.identity.TrustedKey;
import org.openparcs.identity.Verification;
import org.openparcs.identity.Verification.Refused;
import org.openparcs.identity.Verification.Why;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks an order from the portal (a purge order, a configuration order) before this garage acts on
 * it: signed by a portal key this garage trusts ({@code parcs.identity.portal-keys}), not altered,
 * and addressed to this garage ({@code garageId}). Call it where an order is accepted, with the
 * order as parsed from the portal's answer; act only on {@link Verification#verified()}. Refusals
 * are logged; acting on an order once is the caller's (orders carry their id).
 */
@Singleton
public class PortalOrderVerifier {

  private static final Logger LOG = LoggerFactory.getLogger(PortalOrderVerifier.class);

  private final StaticKeys portalKeys;
  private final boolean enforced;
  private final String garageId;
  private final JsonMapper json;

  public PortalOrderVerifier(IdentitySettings settings, GarageLayout garage, JsonMapper json) {
    List<TrustedKey> keys = new ArrayList<>();
    for (String entry : settings.portalKeys() == null ? List.<String>of() : settings.portalKeys()) {
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException("parcs.identity.portal-keys: each is KEY-ID=BASE64");
      }
      keys.add(
          new TrustedKey(
              entry.substring(0, eq).strip(),
              "portal",
              MachineKeys.publicKey(entry.substring(eq + 1).strip()),
              true));
    }
    this.portalKeys = new StaticKeys(keys);
    this.enforced = !keys.isEmpty();
    if (!enforced) {
      LOG.warn(
          "parcs.identity.portal-keys is not set: orders from the portal are NOT verified;"
              + " configure the portal's order key (README, Machine identities)");
    }
    this.garageId = garage.id().value();
    this.json = json;
  }

  /**
   * Whether portal keys are configured. Without them there is nothing to verify against: callers
   * then accept orders as before (a warning at start says so).
   */
  public boolean enforced() {
    return enforced;
  }

  /** The order as parsed JSON (maps, lists, strings, whole numbers). */
  public Verification verify(Map<String, ?> order) {
    Verification v = SignedDocuments.verify(order, portalKeys);
    if (v.verified() && !garageId.equals(order.get("garageId"))) {
      v =
          new Refused(
              Why.BAD_SIGNATURE, "the order is addressed to garage " + order.get("garageId"));
    }
    v.match(
        ok -> null,
        refused -> {
          LOG.warn(
              "Refused an order from the portal (order {}): {} ({})",
              order == null ? null : order.get("orderId"),
              refused.reason(),
              refused.why());
          return null;
        });
    return v;
  }

  /** One order as JSON text. */
  @SuppressWarnings("unchecked")
  public Verification verify(String orderJson) {
    Map<String, Object> order;
    try {
      order = json.readValue(orderJson, Map.class);
    } catch (IOException | RuntimeException e) {
      LOG.warn("Refused an order from the portal: not JSON");
      return new Refused(Why.MALFORMED, "the order is not JSON");
    }
    return verify(order);
  }
}
