package org.openparcs.portal.camera.application;

import java.util.List;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.camera.model.Camera;
import org.openparcs.portal.camera.model.SensitiveSite;
import org.openparcs.portal.common.application.UnitOfWork;

/** The camera registry and the sensitive sites, for the coordinator. */
public final class ListCameras {

  /** What the page shows. */
  public record View(List<Camera> cameras, List<SensitiveSite> sites) {}

  private final Cameras cameras;
  private final SensitiveSites sites;
  private final UnitOfWork unitOfWork;

  public ListCameras(Cameras cameras, SensitiveSites sites, UnitOfWork unitOfWork) {
    this.cameras = cameras;
    this.sites = sites;
    this.unitOfWork = unitOfWork;
  }

  public View list(Actor actor) {
    actor.require(Permission.MANAGE_CAMERAS);
    return unitOfWork.reading(() -> new View(cameras.all(), sites.all()));
  }
}
