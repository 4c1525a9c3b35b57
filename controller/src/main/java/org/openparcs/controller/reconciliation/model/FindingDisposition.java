package org.openparcs.controller.reconciliation.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An auditor's conclusion on a finding; each is kept, the latest is the finding's state. */
public record FindingDisposition(
    UUID id,
    UUID findingId,
    Disposition disposition,
    String note,
    String auditor,
    Instant recordedAt) {
  public FindingDisposition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(findingId, "findingId");
    Objects.requireNonNull(disposition, "disposition");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (note == null || note.isBlank() || note.length() > 1000) {
      throw new IllegalArgumentException("a disposition says why, in 1-1000 characters");
    }
    if (auditor == null || !auditor.matches("[\\p{L}\\p{N} ._@-]{1,100}")) {
      throw new IllegalArgumentException("a disposition names the auditor (1-100 characters)");
    }
  }
}
