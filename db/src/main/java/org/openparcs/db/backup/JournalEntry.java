package org.openparcs.db.backup;

import java.time.Instant;
import java.util.Map;

/**
 * One decision in the journal: a hold placed or released, a purge run with its cut-offs, a purge
 * order carried out, a restore started or completed.
 *
 * @param seq its number, from 1, without gaps
 * @param at when the decision was made
 * @param type what kind of decision (see {@link DecisionJournal})
 * @param data its fields (hold id, case, cut-offs...)
 * @param prev hash of the entry before (64 zeros for the first)
 * @param hash SHA-256 of prev and this entry's fields
 */
public record JournalEntry(
    long seq, Instant at, String type, Map<String, String> data, String prev, String hash) {

  public JournalEntry {
    data = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
  }

  /** A field; a clear failure when it is missing. */
  public String field(String name) {
    String value = data.get(name);
    if (value == null) {
      throw new BackupFailure("journal entry " + seq + " (" + type + ") has no " + name);
    }
    return value;
  }
}
