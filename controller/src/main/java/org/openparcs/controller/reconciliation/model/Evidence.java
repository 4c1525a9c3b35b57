package org.openparcs.controller.reconciliation.model;

import java.util.List;
import java.util.UUID;

/**
 * The records a finding rests on, by id: plate reads (their images live with the reads), access
 * decisions, gate events, sessions, payments and validations.
 */
public record Evidence(
    List<UUID> reads,
    List<UUID> decisions,
    List<UUID> gateEvents,
    List<UUID> sessions,
    List<UUID> payments,
    List<UUID> validations) {

  public Evidence {
    reads = copy(reads);
    decisions = copy(decisions);
    gateEvents = copy(gateEvents);
    sessions = copy(sessions);
    payments = copy(payments);
    validations = copy(validations);
    if (reads.isEmpty()
        && decisions.isEmpty()
        && gateEvents.isEmpty()
        && sessions.isEmpty()
        && payments.isEmpty()
        && validations.isEmpty()) {
      throw new IllegalArgumentException("a finding rests on at least one record");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  private static List<UUID> copy(List<UUID> ids) {
    return ids == null ? List.of() : ids.stream().filter(java.util.Objects::nonNull).toList();
  }

  /** Collects ids by kind. */
  public static final class Builder {
    private final java.util.List<UUID> reads = new java.util.ArrayList<>();
    private final java.util.List<UUID> decisions = new java.util.ArrayList<>();
    private final java.util.List<UUID> gateEvents = new java.util.ArrayList<>();
    private final java.util.List<UUID> sessions = new java.util.ArrayList<>();
    private final java.util.List<UUID> payments = new java.util.ArrayList<>();
    private final java.util.List<UUID> validations = new java.util.ArrayList<>();

    public Builder read(UUID id) {
      reads.add(id);
      return this;
    }

    public Builder decision(UUID id) {
      decisions.add(id);
      return this;
    }

    public Builder gateEvents(java.util.Collection<UUID> ids) {
      gateEvents.addAll(ids);
      return this;
    }

    public Builder gateEvent(UUID id) {
      gateEvents.add(id);
      return this;
    }

    public Builder session(UUID id) {
      sessions.add(id);
      return this;
    }

    public Builder sessions(java.util.Collection<UUID> ids) {
      sessions.addAll(ids);
      return this;
    }

    public Builder payments(java.util.Collection<UUID> ids) {
      payments.addAll(ids);
      return this;
    }

    public Builder payment(UUID id) {
      payments.add(id);
      return this;
    }

    public Builder validation(UUID id) {
      validations.add(id);
      return this;
    }

    public Evidence build() {
      return new Evidence(reads, decisions, gateEvents, sessions, payments, validations);
    }
  }
}
