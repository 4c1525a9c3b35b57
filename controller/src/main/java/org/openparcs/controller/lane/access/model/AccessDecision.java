package org.openparcs.controller.lane.access.model;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The outcome of asking whether a plate may pass a lane, with the rule that decided it. */
public sealed interface AccessDecision {

  /** The named rule that decided (recorded with every decision). */
  String rule();

  /** Exhaustive handling of both outcomes (Java 17 has no pattern switch). */
  <T> T match(Function<Granted, T> granted, Function<Denied, T> denied);

  /** Let the vehicle through; {@code permitId} when a permit was the credential. */
  record Granted(String rule, UUID permitId) implements AccessDecision {
    public Granted {
      Objects.requireNonNull(rule, "rule");
    }

    public Optional<UUID> permit() {
      return Optional.ofNullable(permitId);
    }

    @Override
    public <T> T match(Function<Granted, T> granted, Function<Denied, T> denied) {
      return granted.apply(this);
    }
  }

  /** Keep the barrier closed, for {@code reason}. */
  record Denied(String rule, DenialReason reason) implements AccessDecision {
    public Denied {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public <T> T match(Function<Granted, T> granted, Function<Denied, T> denied) {
      return denied.apply(this);
    }
  }
}
