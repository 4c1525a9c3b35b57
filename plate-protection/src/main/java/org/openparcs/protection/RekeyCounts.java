package org.openparcs.protection;

/** What one re-key pass over a column did. */
public record RekeyCounts(String column, long scanned, long resealed, long rehashed) {
  public RekeyCounts plus(long scannedMore, long resealedMore, long rehashedMore) {
    return new RekeyCounts(
        column, scanned + scannedMore, resealed + resealedMore, rehashed + rehashedMore);
  }
}
