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
 */
public record AuditRecord(long id, AuditEntry entry, Sha256 prevHash, Sha256 hash) {

  public AuditRecord {
    if (entry == null || prevHash == null || hash == null) {
      throw new IllegalArgumentException("an audit record needs its entry and both hashes");
    }
  }
}
