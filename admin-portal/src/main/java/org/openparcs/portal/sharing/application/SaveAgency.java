package org.openparcs.portal.sharing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.sharing.model.Agency;
import org.openparcs.portal.sharing.model.AgencyKind;

/** The coordinator registers an agency, its kind, state and standing access; audited. */
public final class SaveAgency {

  private final Agencies agencies;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public SaveAgency(Agencies agencies, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    this.agencies = agencies;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public List<String> save(
      Actor actor, String name, String kind, String state, boolean standing, String note) {
    actor.require(Permission.MANAGE_SHARING);
    AgencyKind k;
    try {
      k = AgencyKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return List.of("choose the kind of agency");
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      return List.of("name the agency (at most 200 characters)");
    }
    if (state == null || !state.strip().matches("[A-Za-z]{2}")) {
      return List.of("give the agency's state as two letters (CA)");
    }
    if (note != null && note.length() > 500) {
      return List.of("the note has at most 500 characters");
    }
    Agency agency = new Agency(0, name.strip(), k, state, standing);
    Instant now = clock.instant();
    unitOfWork.inTransaction(() -> agencies.save(agency, note, actor.username(), now));
    audit.record(
        actor.audited(
            now,
            AuditAction.AGENCY_SAVED,
            agency.name()
                + " ("
                + k
                + ", "
                + agency.state()
                + (standing ? ", standing access)" : ", no standing access)")));
    return List.of();
  }
}
