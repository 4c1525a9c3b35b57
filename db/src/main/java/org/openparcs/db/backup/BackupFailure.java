package org.openparcs.db.backup;

/**
 * A backup or restore that cannot go on, with a message an operator can act on (wrong key, changed
 * file, broken journal, database unreachable). Nothing is restored when it is thrown before the
 * load.
 */
public final class BackupFailure extends RuntimeException {

  public BackupFailure(String message) {
    super(message);
  }

  public BackupFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
