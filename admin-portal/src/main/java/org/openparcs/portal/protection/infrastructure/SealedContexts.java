package org.openparcs.portal.protection.infrastructure;

/**
 * The context (AES-GCM associated data) of each sealed column of the portal: a value copied into
 * another column does not open there (POLICY K1).
 */
public final class SealedContexts {

  /** The plate fields of a received event, sealed as one JSON object. */
  public static final String EVENT_PLATES = "portal.received_event.plate_fields";

  public static final String HOT_LIST_ENTRY = "portal.hot_list_entry.plate";
  public static final String HOT_LIST_HIT = "portal.hot_list_hit.plate";
  public static final String SHARED_RECORD = "portal.shared_record.plate";

  /** The plates an agency asked for, comma-separated. */
  public static final String SHARING_REQUEST = "portal.sharing_request.plates";

  public static final String LEGAL_HOLD = "portal.legal_hold.target";

  /** An audit record's terms with the salt of its commitment. */
  public static final String AUDIT_TERMS = "portal.audit_terms";

  /** An audit record's detail with the salt of its commitment (free text people typed). */
  public static final String AUDIT_DETAIL = "portal.audit_detail";

  /** A plate a purge order asks a garage to keep. */
  public static final String PURGE_ORDER = "portal.garage_purge_order.plate";

  /** A line of the portal's decision journal (held plates, cases and reasons; db module). */
  public static final String DECISION_JOURNAL = "portal.decision_journal";

  private SealedContexts() {}
}
