package org.openparcs.portal.camera.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.camera.model.CameraForm;
import org.openparcs.portal.camera.model.PlacementPolicy;
import org.openparcs.portal.common.application.UnitOfWork;

/**
 * Registers a camera with its position and view (POLICY U5), unless it would watch the entrance of
 * a sensitive site (U4) or does not see public view only (U5): then it is refused and the refusal
 * audited.
 */
public final class RegisterCamera {

  private final Cameras cameras;
  private final SensitiveSites sites;
  private final PlacementPolicy placement;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public RegisterCamera(
      Cameras cameras,
      SensitiveSites sites,
      PlacementPolicy placement,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.cameras = cameras;
    this.sites = sites;
    this.placement = placement;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** The problems; empty when registered. */
  public List<String> register(Actor actor, CameraForm form) {
    actor.require(Permission.MANAGE_CAMERAS);
    List<String> problems = form.problems();
    if (!problems.isEmpty()) {
      return problems;
    }
    Instant now = clock.instant();
    Optional<String> refusal =
        unitOfWork.inTransaction(
            () -> {
              Optional<String> refused = placement.refusal(form, sites.all());
              if (refused.isEmpty()) {
                cameras.register(form, actor.username(), now);
              }
              return refused;
            });
    String what =
        "camera "
            + form.garageId().strip()
            + "/"
            + form.cameraId().strip()
            + " at "
            + form.position().latitude()
            + ","
            + form.position().longitude();
    audit.record(
        actor.audited(
            now,
            refusal.isPresent() ? AuditAction.CAMERA_REFUSED : AuditAction.CAMERA_REGISTERED,
            refusal.map(r -> what + " refused: " + r).orElse(what + ": " + form.view().strip())));
    return refusal.stream().toList();
  }
}
