package org.openparcs.controller.retention.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openparcs.controller.retention.model.ClassCutoff;
import org.openparcs.controller.retention.model.HoldKind;
import org.openparcs.controller.retention.model.LegalHold;
import org.openparcs.controller.retention.model.PurgeOrder;

/** A purge order as the portal sends it (the portal's README, "Purge orders"). */
@Serdeable
record OrderDocument(
    String orderId,
    long runId,
    String garageId,
    @Nullable String profile,
    Instant issuedAt,
    List<Cutoff> cutoffs,
    @Nullable List<Hold> holds) {

  @Serdeable
  record Cutoff(String dataClass, int retentionDays, Instant purgeBefore) {}

  @Serdeable
  record Hold(String kind, String target, @Nullable String caseNumber) {}

  PurgeOrder toOrder() {
    return new PurgeOrder(
        UUID.fromString(orderId),
        runId,
        garageId,
        profile,
        issuedAt,
        cutoffs.stream()
            .map(c -> new ClassCutoff(c.dataClass(), c.retentionDays(), c.purgeBefore()))
            .toList(),
        holds == null
            ? List.of()
            : holds.stream()
                .map(
                    h ->
                        new LegalHold(
                            HoldKind.valueOf(h.kind().toUpperCase(Locale.ROOT)),
                            h.target(),
                            h.caseNumber()))
                .toList());
  }
}
