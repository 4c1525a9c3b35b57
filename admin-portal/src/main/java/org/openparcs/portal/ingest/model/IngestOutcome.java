package org.openparcs.portal.ingest.model;

/** The answer to one delivered batch. */
public sealed interface IngestOutcome {

  /**
   * The batch is stored: {@code accepted} events are new, {@code duplicates} were stored before.
   * {@code lastSeq} is the highest seq the portal now holds for the garage.
   */
  record Accepted(int accepted, int duplicates, long lastSeq) implements IngestOutcome {}

  /** The batch contradicts stored events; nothing of it was stored. */
  record Conflicted(String message) implements IngestOutcome {}
}
