package org.openparcs.protection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The re-key routine of POLICY K1 key rotation: walks a sealed column in batches and rewrites every
 * value sealed under a data key other than the current one, and (while more than one lookup key is
 * configured) every hash not made with the current lookup key. Idempotent: a second pass changes
 * nothing. After it, the old keys can be removed from configuration.
 */
public final class Rekey {
  private final PlateKeys keys;
  private final PlateCipher cipher;
  private final PlateLookup lookup;

  public Rekey(PlateKeys keys) {
    this.keys = keys;
    this.cipher = new PlateCipher(keys);
    this.lookup = new PlateLookup(keys);
  }

  /** Whether a lookup-key rotation is pending (hashes may be under an old key). */
  public boolean lookupRotationPending() {
    return keys.lookupKeyIds().size() > 1;
  }

  public RekeyCounts run(SealedColumn column, int batchSize) {
    boolean checkHashes = column.hashed() && lookupRotationPending();
    RekeyCounts counts = new RekeyCounts(column.name(), 0, 0, 0);
    long after = Long.MIN_VALUE;
    while (true) {
      List<SealedRow> batch = column.batchAfter(after, batchSize, checkHashes);
      if (batch.isEmpty()) {
        return counts;
      }
      List<SealedRow> changed = new ArrayList<>();
      long resealed = 0;
      long rehashed = 0;
      for (SealedRow row : batch) {
        after = Math.max(after, row.id());
        if (row.sealed() == null) {
          continue;
        }
        boolean reseal = cipher.needsRekey(row.sealed());
        if (!reseal && !checkHashes) {
          continue;
        }
        String plain = cipher.open(row.sealed(), column.context());
        byte[] sealed = reseal ? cipher.seal(plain, column.context()) : row.sealed();
        byte[] hash = row.hash();
        if (column.hashed()) {
          byte[] current = lookup.hash(column.lookupForm(plain));
          if (!Arrays.equals(current, hash)) {
            hash = current;
            rehashed++;
          }
        }
        if (reseal) {
          resealed++;
        }
        if (reseal || hash != row.hash()) {
          changed.add(new SealedRow(row.id(), sealed, hash));
        }
      }
      if (!changed.isEmpty()) {
        column.rewrite(changed);
      }
      counts = counts.plus(batch.size(), resealed, rehashed);
      if (batch.size() < batchSize) {
        return counts;
      }
    }
  }
}
