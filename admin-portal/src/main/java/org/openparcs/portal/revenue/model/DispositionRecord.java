package org.openparcs.portal.revenue.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One disposition of a finding, as recorded at the garage (reported in a {@code
 * finding_disposition} event) or in the portal; each is kept, the latest is the finding's state.
 *
 * @param disposition the disposition's name as recorded
 * @param source {@code garage} or {@code portal}
 */
public record DispositionRecord(
    String disposition, String note, String auditor, Instant recordedAt, String source) {
  public DispositionRecord {
    Objects.requireNonNull(disposition, "disposition");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }
}
