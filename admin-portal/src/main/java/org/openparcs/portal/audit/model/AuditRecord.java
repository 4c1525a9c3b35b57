package org.openparcs.portal.audit.model;

import org.openparcs.portal.common.model.Sha256;

/**
 * An audit entry linked into the chain: its hash covers the previous record's hash and its own
 * fields, so changing or removing any record breaks every link after it.
 *
 * @param id position in the trail (assigned by the store; 0 before it is stored)
 * @param entry what happened
 * @param prevHash hash of the record before, {@link Sha256#ZERO} for the first
 * @param hash SHA-256 over {@code prevHash} and the entry's fields, see {@link AuditChain}
 * @param termsSalt the random salt of the terms' commitment (POLICY K1: the chain covers {@code
 *     SHA-256(salt ":" terms)}, so the terms can be sealed and re-sealed apart from the record);
 *     null for records without terms and for those written before K1, whose chain covers the terms
 * @param detailSalt the random salt of the detail's commitment (POLICY K1, the detail names what
 *     people typed, and is sealed apart like the terms); null for records without detail and for
 *     those written before V90, whose chain covers the detail as it is
 */
public record AuditRecord(
    long id, AuditEntry entry, Sha256 prevHash, Sha256 hash, String termsSalt, String detailSalt) {

  public AuditRecord {
    if (entry == null || prevHash == null || hash == null) {
      throw new IllegalArgumentException("an audit record needs its entry and both hashes");
    }
  }

  /** A record whose chain covers its detail as it is. */
  public AuditRecord(long id, AuditEntry entry, Sha256 prevHash, Sha256 hash, String termsSalt) {
    this(id, entry, prevHash, hash, termsSalt, null);
  }

  /** A record whose chain covers its terms as they are (no salt). */
  public AuditRecord(long id, AuditEntry entry, Sha256 prevHash, Sha256 hash) {
    this(id, entry, prevHash, hash, null, null);
  }

  /** This record as stored under {@code storedId}. */
  public AuditRecord withId(long storedId) {
    return new AuditRecord(storedId, entry, prevHash, hash, termsSalt, detailSalt);
  }
}
