package org.openparcs.controller.reconciliation.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A finding as stored, with the run that raised it and the auditor's latest disposition. */
public record RecordedFinding(
    UUID id, UUID runId, Finding finding, Instant foundAt, Disposition disposition) {
  public RecordedFinding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(foundAt, "foundAt");
    Objects.requireNonNull(disposition, "disposition");
  }
}
