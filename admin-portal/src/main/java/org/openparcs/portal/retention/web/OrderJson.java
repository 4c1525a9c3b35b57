package org.openparcs.portal.retention.web;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.portal.retention.model.PurgeOrder;

/** A purge order as a garage receives it (README "Purge orders"). */
@Serdeable
record OrderJson(
    String orderId,
    long runId,
    String garageId,
    String profile,
    Instant issuedAt,
    List<CutoffJson> cutoffs,
    List<HoldJson> holds) {

  /** Purge records of this class older than {@code purgeBefore} (rows and image files). */
  @Serdeable
  record CutoffJson(String dataClass, int retentionDays, Instant purgeBefore) {}

  /** Keep every record this hold names: a read id, a session id or a plate. */
  @Serdeable
  record HoldJson(String kind, String target, String caseNumber) {}

  /**
   * The order as the plain document the portal signs and sends (times as ISO-8601 text, so the
   * garage checks the signature over exactly what it received).
   */
  Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("orderId", orderId);
    m.put("runId", runId);
    m.put("garageId", garageId);
    m.put("profile", profile);
    m.put("issuedAt", issuedAt.toString());
    m.put(
        "cutoffs",
        cutoffs.stream()
            .map(
                c -> {
                  Map<String, Object> x = new LinkedHashMap<>();
                  x.put("dataClass", c.dataClass());
                  x.put("retentionDays", c.retentionDays());
                  x.put("purgeBefore", c.purgeBefore().toString());
                  return x;
                })
            .toList());
    m.put(
        "holds",
        holds.stream()
            .map(
                h -> {
                  Map<String, Object> x = new LinkedHashMap<>();
                  x.put("kind", h.kind());
                  x.put("target", h.target());
                  x.put("caseNumber", h.caseNumber());
                  return x;
                })
            .toList());
    return m;
  }

  static OrderJson of(PurgeOrder o) {
    return new OrderJson(
        o.id().toString(),
        o.runId(),
        o.garage().value(),
        o.profile(),
        o.issuedAt(),
        o.cutoffs().stream()
            .map(c -> new CutoffJson(c.dataClass().key(), c.days(), c.cutoff()))
            .toList(),
        o.holds().stream()
            .map(h -> new HoldJson(h.kind().name(), h.target(), h.caseNumber()))
            .toList());
  }
}
