package org.openparcs.controller.backup.infrastructure;

import java.nio.file.Path;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.db.backup.DecisionJournal;
import org.openparcs.db.backup.LineSealer;
import org.openparcs.protection.PlateCipher;

/**
 * The garage's decision journal ({@code garage-decisions.journal}), its lines sealed with the
 * garage's keys (POLICY K1): a purge order carried out names the plates it held, which must not be
 * in clear on disk. The controller appends to it; the restore command reads it with the same keys.
 */
public final class GarageJournal {

  private GarageJournal() {}

  /** The journal in {@code folder}, sealed with {@code cipher}. */
  public static DecisionJournal in(Path folder, PlateCipher cipher) {
    return DecisionJournal.in(folder, "garage", sealer(cipher));
  }

  /** The sealer of the garage's journal lines (context {@link SealedContexts#DECISION_JOURNAL}). */
  public static LineSealer sealer(PlateCipher cipher) {
    return LineSealer.with(cipher, SealedContexts.DECISION_JOURNAL);
  }
}
