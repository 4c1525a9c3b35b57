package org.openparcs.portal.sharing.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request as kept, with what became of it.
 *
 * @param id its number
 * @param agency who asked
 * @param form what was asked, as entered
 * @param enteredBy the coordinator who entered it
 * @param enteredAt when
 * @param status {@code REFUSED} (by the rules), {@code PENDING}, {@code DENIED} or {@code RELEASED}
 * @param refusal the rule that refused it, or the coordinator's reason to deny; null otherwise
 * @param decidedBy the coordinator who decided; null while pending
 * @param decidedAt when; null while pending
 * @param commanderName the commander who approved, for an agency without standing access
 * @param commanderApprovedOn the day the commander approved
 * @param recordsShared how many records were released
 */
public record SharingRequest(
    long id,
    Agency agency,
    RequestForm form,
    String enteredBy,
    Instant enteredAt,
    String status,
    String refusal,
    String decidedBy,
    Instant decidedAt,
    String commanderName,
    LocalDate commanderApprovedOn,
    int recordsShared) {

  public boolean pending() {
    return "PENDING".equals(status);
  }
}
