package org.openparcs.portal.retention.web;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
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
