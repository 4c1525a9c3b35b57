package org.openparcs.controller.backup.application;

import org.openparcs.controller.backup.model.PurgeOrderCarriedOut;

/**
 * The garage's decision journal, kept with the backups outside the database (POLICY R1). The use
 * case that carries out a purge order calls {@link #carriedOut} inside its transaction, after the
 * rows and files are gone: a restore of an older backup then deletes the same image files again and
 * re-applies the order's cut-offs before the garage serves data.
 */
public interface PurgeOrderJournal {

  void carriedOut(PurgeOrderCarriedOut order);
}
