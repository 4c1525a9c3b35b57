package org.openparcs.portal.retention.infrastructure;

import org.openparcs.db.backup.DecisionJournal;
import org.openparcs.portal.retention.application.RetentionJournal;
import org.openparcs.portal.retention.model.RetentionDecision;

/**
 * Retention decisions appended to the portal's decision journal ({@code parcs.backup.journal-dir}).
 */
final class FileRetentionJournal implements RetentionJournal {

  private final DecisionJournal journal;

  FileRetentionJournal(DecisionJournal journal) {
    this.journal = journal;
  }

  @Override
  public void record(RetentionDecision decision) {
    JournalEntries.Line line = JournalEntries.of(decision);
    journal.append(line.type(), line.data(), line.at());
  }
}
