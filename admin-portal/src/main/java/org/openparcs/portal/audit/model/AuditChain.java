package org.openparcs.portal.audit.model;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openparcs.portal.common.model.Sha256;

/**
 * The hash chain of the audit trail (POLICY T1, T3: the trail must be trustworthy to an outside
 * auditor). {@code hash = SHA-256(prev_hash | occurred_at | username | ip | action | detail)}, and
 * when the record has a department or ALPR access fields, {@code | department | purpose | terms |
 * case_number | crime_type} after that. Each text field is written as its length, a colon and the
 * text ({@code -} for null), so no two different records can produce the same input; records
 * written before the access fields existed keep their hashes. When a record's terms carry a salt
 * (POLICY K1, every record linked since plates are sealed at rest), the chain covers the terms'
 * commitment {@code #SHA-256(salt ":" terms)} in their place: the terms are stored sealed apart and
 * a key rotation re-seals them without touching the chain; the commitment still binds the record to
 * its terms, and with the salt sealed a dump cannot test a guessed plate against it. The detail of
 * a record linked since V90 is covered the same way ({@code #SHA-256(salt ":" detail)}): it names
 * what people typed (a hold's reason, a note), sealed apart too.
 */
public final class AuditChain {

  private AuditChain() {}

  /** Links {@code entry} after the record whose hash is {@code prevHash}, covering its terms. */
  public static AuditRecord link(Sha256 prevHash, AuditEntry entry) {
    return link(prevHash, entry, null);
  }

  /**
   * Links {@code entry}, covering its terms and its detail through commitments with {@code salt}
   * (each ignored when the entry has no such field).
   */
  public static AuditRecord link(Sha256 prevHash, AuditEntry entry, String salt) {
    String terms = entry.access().terms() == null ? null : salt;
    String detail = entry.detail() == null ? null : salt;
    return new AuditRecord(0, entry, prevHash, hash(prevHash, entry, terms, detail), terms, detail);
  }

  /** Checks every link of a trail read in id order, starting from the zero hash. */
  public static ChainCheck verify(List<AuditRecord> trail) {
    Sha256 expectedPrev = Sha256.ZERO;
    for (AuditRecord record : trail) {
      if (!record.prevHash().sameAs(expectedPrev)) {
        return new ChainCheck.Broken(
            record.id(), "its prev_hash is not the previous record's hash (removed or inserted)");
      }
      if (!record
          .hash()
          .sameAs(
              hash(record.prevHash(), record.entry(), record.termsSalt(), record.detailSalt()))) {
        return new ChainCheck.Broken(record.id(), "its hash does not match its fields (edited)");
      }
      expectedPrev = record.hash();
    }
    return new ChainCheck.Intact(trail.size(), expectedPrev);
  }

  static Sha256 hash(Sha256 prevHash, AuditEntry entry, String salt, String detailSalt) {
    String input =
        String.join(
            "|",
            prevHash.hex(),
            DateTimeFormatter.ISO_INSTANT.format(entry.occurredAt()),
            field(entry.username()),
            field(entry.ip()),
            entry.action().name(),
            field(committed(entry.detail(), detailSalt)));
    AlprAccess a = entry.access();
    if (entry.department() != null || !a.isNone()) {
      input =
          String.join(
              "|",
              input,
              field(entry.department()),
              field(a.purpose()),
              field(committed(a.terms(), salt)),
              field(a.caseNumber()),
              field(a.crimeType()));
    }
    return Sha256.of(input);
  }

  private static String committed(String value, String salt) {
    return salt == null || value == null ? value : "#" + Sha256.of(salt + ":" + value).hex();
  }

  private static String field(String value) {
    return value == null ? "-" : value.length() + ":" + value;
  }
}
