package org.openparcs.db.backup;

import java.util.List;

/**
 * Re-applies, to a database just restored, the decisions recorded in the journal after its backup
 * was taken (POLICY R1, R3): each service knows how its own decisions are carried out.
 */
public interface JournalReplay {

  /**
   * Applies the decisions in journal order (a hold placed after a purge must not bring back what
   * the purge removed) and returns a short summary for the journal, e.g. {@code "2 holds, 1 purge:
   * 14 records"}. Decisions already in the restored database are skipped (the journal position is
   * taken just before the dump starts).
   */
  String replay(List<JournalEntry> decisions, DatabaseTarget database, RestoredFiles files);

  /** Where the restored image files are, for decisions that delete files. */
  interface RestoredFiles {
    /** The images folder; null when the service keeps no images. */
    java.nio.file.Path images();
  }
}
