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

  /**
   * Records the restore in the service's own trail, once the decisions are re-applied and before
   * the restore counts as complete (a failure here leaves it unfinished: run it again). The portal
   * writes it into its audit trail; the garage reports it to the portal as an event.
   */
  default void restored(Restored restored, DatabaseTarget database) {}

  /**
   * The sealer the service's journal lines were sealed with (POLICY K1), built from its keys as the
   * service reads them; {@code null} for a journal kept in clear.
   */
  default LineSealer journalSealer() {
    return null;
  }

  /**
   * What a restore did, for the audit trail.
   *
   * @param backup the backup file's name
   * @param takenAt when the backup was taken
   * @param reapplied how many journaled decisions (purges, holds) were re-applied
   * @param summary the replay's own summary
   * @param at when the restore completed
   */
  record Restored(
      String backup,
      java.time.Instant takenAt,
      int reapplied,
      String summary,
      java.time.Instant at) {

    /** "restored backup X taken at T, N purge/hold decision(s) re-applied: summary". */
    public String describe() {
      return "restored backup "
          + backup
          + " taken at "
          + takenAt
          + ", "
          + reapplied
          + " purge/hold decision(s) re-applied: "
          + summary;
    }
  }

  /** Where the restored image files are, for decisions that delete files. */
  interface RestoredFiles {
    /** The images folder; null when the service keeps no images. */
    java.nio.file.Path images();
  }
}
