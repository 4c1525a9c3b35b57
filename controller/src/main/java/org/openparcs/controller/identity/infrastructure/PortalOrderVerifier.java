package org.openparcs.controller.identity.infrastructure;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.identity.KeyDirectory;
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
 * are logged and counted by reason ({@link #refusals()}); acting on an order once is the caller's
 * (orders carry their id).
 *
 * <p>A garage without trusted portal keys refuses every order ("portal keys missing", POLICY R1: a
 * purge nobody can prove the portal ordered is not carried out). There is no bypass setting.
 */
@Singleton
public class PortalOrderVerifier {

  private static final Logger LOG = LoggerFactory.getLogger(PortalOrderVerifier.class);

  /** Why an order was refused, as counted in {@code parcs_retention_orders_refused_total}. */
  public enum RefusalReason {
    PORTAL_KEYS_MISSING,
    BAD_SIGNATURE,
    WRONG_GARAGE,
    MALFORMED
  }

  /** The refusal when no portal key is configured; shown in readiness and in the order's status. */
  public static final String KEYS_MISSING =
      "portal keys missing (parcs.identity.portal-keys): orders from the portal are refused";

  private final StaticKeys portalKeys;
  private final boolean enforced;
  private final Map<RefusalReason, AtomicLong> refusals = new EnumMap<>(RefusalReason.class);
  private final String garageId;
  private final JsonMapper json;

  public PortalOrderVerifier(IdentitySettings settings, GarageLayout garage, JsonMapper json) {
    List<TrustedKey> keys = new ArrayList<>();
    for (String entry : settings.portalKeys() == null ? List.<String>of() : settings.portalKeys()) {
      if (entry == null || entry.isBlank()) {
        continue;
      }
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
    for (RefusalReason r : RefusalReason.values()) {
      refusals.put(r, new AtomicLong());
    }
    if (!enforced) {
      LOG.error("{}; configure the portal's order key (README, Enrolling a garage)", KEYS_MISSING);
    }
    this.garageId = garage.id().value();
    this.json = json;
  }

  /** Whether portal keys are configured; without them every order is refused. */
  public boolean hasPortalKeys() {
    return enforced;
  }

  /** The portal keys this garage trusts ({@code parcs.identity.portal-keys}). */
  public KeyDirectory portalKeys() {
    return portalKeys;
  }

  /** Orders refused since start, by reason. */
  public long refusals(RefusalReason reason) {
    return refusals.get(reason).get();
  }

  /** The order as parsed JSON (maps, lists, strings, whole numbers). */
  public Verification verify(Map<String, ?> order) {
    Object orderId = order == null ? null : order.get("orderId");
    if (!enforced) {
      return refuse(orderId, RefusalReason.PORTAL_KEYS_MISSING, Why.UNKNOWN_KEY, KEYS_MISSING);
    }
    Verification v = SignedDocuments.verify(order, portalKeys);
    if (v.verified() && !garageId.equals(order.get("garageId"))) {
      return refuse(
          orderId,
          RefusalReason.WRONG_GARAGE,
          Why.BAD_SIGNATURE,
          "the order is addressed to garage " + order.get("garageId"));
    }
    return v.match(
        ok -> ok,
        refused -> refuse(orderId, RefusalReason.BAD_SIGNATURE, refused.why(), refused.reason()));
  }

  private Verification refuse(Object orderId, RefusalReason reason, Why why, String text) {
    refusals.get(reason).incrementAndGet();
    LOG.warn("Refused an order from the portal (order {}): {} ({})", orderId, text, reason);
    return new Refused(why, text);
  }

  /** One order as JSON text. */
  @SuppressWarnings("unchecked")
  public Verification verify(String orderJson) {
    Map<String, Object> order;
    try {
      order = json.readValue(orderJson, Map.class);
    } catch (IOException | RuntimeException e) {
      return refuse(null, RefusalReason.MALFORMED, Why.MALFORMED, "the order is not JSON");
    }
    return verify(order);
  }
}
