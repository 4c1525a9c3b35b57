package org.openparcs.controller.retention.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A legal hold a purge order carries (POLICY R3): the records it names stay at the garage.
 *
 * @param kind what the target names
 * @param target a read id, a session id (lower case) or a plate (upper case)
 * @param caseNumber the case it is held for
 */
public record LegalHold(HoldKind kind, String target, String caseNumber) {

  public LegalHold {
    Objects.requireNonNull(kind, "kind");
    if (target == null || target.isBlank()) {
      throw new IllegalArgumentException("a legal hold names its target");
    }
    target =
        kind == HoldKind.PLATE
            ? target.strip().toUpperCase(Locale.ROOT)
            : target.strip().toLowerCase(Locale.ROOT);
  }
}
