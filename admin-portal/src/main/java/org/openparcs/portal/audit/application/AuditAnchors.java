package org.openparcs.portal.audit.application;

import java.util.List;
import java.util.Optional;
import org.openparcs.portal.audit.model.AuditAnchor;

/** Where the chain's head is anchored from time to time (POLICY T1, T3: tamper evidence). */
public interface AuditAnchors {

  /** Keeps the anchor (in the database, and in the anchor file when one is configured). */
  void add(AuditAnchor anchor);

  /** The newest anchor, if any. */
  Optional<AuditAnchor> latest();

  /** Every anchor from every place anchors are kept. */
  List<AuditAnchor> all();
}
