package org.openparcs.controller.backup.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openparcs.controller.backup.model.PurgeOrderCarriedOut;
import org.openparcs.db.backup.BackupCommand;
import org.openparcs.db.backup.BackupFailure;
import org.openparcs.db.backup.DatabaseTarget;
import org.openparcs.db.backup.DecisionJournal;
import org.openparcs.db.backup.JournalEntry;
import org.openparcs.db.backup.JournalReplay;

/**
 * {@code ./parcs backup garage --to DIR} and {@code ./parcs restore garage --from FILE}: the
 * garage's database and plate images ({@code parcs.backup.images-dir}), encrypted (POLICY K1). A
 * restore deletes again every image file a purge order removed after the backup (R1).
 *
 * <p>Not yet: re-applying a purge order's cut-offs to the garage's rows. The garage does not carry
 * out purge orders yet; until it does, a journaled order that names cut-offs stops the restore (and
 * so the garage) rather than serving rows the order purged.
 */
public final class GarageBackup implements JournalReplay {

  public static void main(String[] args) {
    System.exit(BackupCommand.run("garage", args, new GarageBackup()));
  }

  @Override
  public String replay(List<JournalEntry> entries, DatabaseTarget database, RestoredFiles files) {
    int orders = 0;
    int images = 0;
    for (JournalEntry e : entries) {
      if (!DecisionJournal.PURGE_ORDER_CARRIED_OUT.equals(e.type())) {
        continue;
      }
      PurgeOrderCarriedOut order = JournalLines.order(e);
      if (!order.purgeBefore().isEmpty()) {
        throw new BackupFailure(
            "purge order "
                + order.orderId()
                + " (journal entry "
                + e.seq()
                + ") has cut-offs for the garage's rows, which this version cannot re-apply:"
                + " the restore is not complete and the garage will not start");
      }
      images += deleteImages(files.images(), order.deletedImages());
      orders++;
    }
    return orders + " purge order(s) re-applied: " + images + " image file(s) deleted again";
  }

  private static int deleteImages(Path folder, List<String> images) {
    if (images.isEmpty()) {
      return 0;
    }
    if (folder == null) {
      throw new BackupFailure(
          "the journal names purged images but no images folder is configured"
              + " (parcs.backup.images-dir)");
    }
    int deleted = 0;
    Path root = folder.toAbsolutePath().normalize();
    for (String image : images) {
      Path file = root.resolve(image).normalize();
      if (!file.startsWith(root)) {
        throw new BackupFailure("journaled image outside the images folder: " + image);
      }
      try {
        deleted += Files.deleteIfExists(file) ? 1 : 0;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete the purged image " + file, e);
      }
    }
    return deleted;
  }
}
