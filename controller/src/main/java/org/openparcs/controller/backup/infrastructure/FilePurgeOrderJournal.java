package org.openparcs.controller.backup.infrastructure;

import org.openparcs.controller.backup.application.PurgeOrderJournal;
import org.openparcs.controller.backup.model.PurgeOrderCarriedOut;
import org.openparcs.db.backup.DecisionJournal;

/** Purge orders carried out, appended to the garage's decision journal. */
public final class FilePurgeOrderJournal implements PurgeOrderJournal {

  private final DecisionJournal journal;

  public FilePurgeOrderJournal(DecisionJournal journal) {
    this.journal = journal;
  }

  @Override
  public void carriedOut(PurgeOrderCarriedOut order) {
    journal.append(DecisionJournal.PURGE_ORDER_CARRIED_OUT, JournalLines.fields(order), order.at());
  }
}
