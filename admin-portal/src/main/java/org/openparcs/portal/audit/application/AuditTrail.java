package org.openparcs.portal.audit.application;

import java.util.List;
import org.openparcs.portal.audit.model.AuditFilter;
import org.openparcs.portal.audit.model.AuditRecord;
import org.openparcs.portal.common.model.Sha256;

/** Where audit records are kept, in the order they were linked. */
public interface AuditTrail {

  /**
   * The hash of the last record ({@link Sha256#ZERO} when the trail is empty), locked until the
   * current unit of work ends so that no other writer links after the same record.
   */
  Sha256 lockHead();

  /** The recorded head hash, without locking it. */
  Sha256 head();

  /** Appends a linked record and makes its hash the new head. */
  void append(AuditRecord record);

  /** Every record in id order. */
  List<AuditRecord> readAll();

  /** The newest records that match, newest first, at most {@code limit}. */
  List<AuditRecord> find(AuditFilter filter, int limit);

  /** {@code size} records that match, drawn at random, in id order. */
  List<AuditRecord> sample(AuditFilter filter, int size);
}
