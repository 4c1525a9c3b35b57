package org.openparcs.portal.protection.infrastructure;

import java.nio.file.Path;
import org.openparcs.db.backup.DecisionJournal;
import org.openparcs.db.backup.LineSealer;
import org.openparcs.protection.PlateCipher;

/**
 * The portal's decision journal ({@code parcs.backup.journal-dir}) with its lines sealed by the
 * portal's keys (POLICY K1): a held plate, its case and the reasons given are not in clear on disk.
 * The re-key converts a journal written in clear and moves lines to the current data key.
 */
public final class SealedJournal {

  private SealedJournal() {}

  /** The journal in {@code folder}, sealed with {@code cipher}. */
  public static DecisionJournal in(Path folder, PlateCipher cipher) {
    return DecisionJournal.in(folder, "portal", sealer(cipher));
  }

  /** What seals and opens the portal journal's lines. */
  public static LineSealer sealer(PlateCipher cipher) {
    return LineSealer.with(cipher, SealedContexts.DECISION_JOURNAL);
  }
}
