package org.openparcs.portal.camera.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.camera.model.GeoPoint;
import org.openparcs.portal.camera.model.SiteKind;
import org.openparcs.portal.common.application.UnitOfWork;

/** The coordinator adds a sensitive site by the position of its entrance (POLICY U4). */
public final class ManageSensitiveSites {

  private final SensitiveSites sites;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ManageSensitiveSites(
      SensitiveSites sites, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    this.sites = sites;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public List<String> add(
      Actor actor, String name, String kind, String latitude, String longitude) {
    actor.require(Permission.MANAGE_CAMERAS);
    SiteKind k;
    try {
      k = SiteKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return List.of("choose a reproductive health facility or a place of worship");
    }
    GeoPoint entrance =
        latitude == null || longitude == null ? null : GeoPoint.parse(latitude, longitude);
    if (name == null || name.isBlank() || name.length() > 200 || entrance == null) {
      return List.of("name the site and give its entrance's latitude and longitude");
    }
    Instant now = clock.instant();
    long id =
        unitOfWork.inTransaction(() -> sites.add(name.strip(), k, entrance, actor.username(), now));
    audit.record(
        actor.audited(
            now,
            AuditAction.SENSITIVE_SITE_ADDED,
            "site " + id + " " + name.strip() + " (" + k.label() + ")"));
    return List.of();
  }
}
