package org.openparcs.portal.sharing.application;

import java.util.List;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.sharing.model.Agency;
import org.openparcs.portal.sharing.model.SharingRequest;

/** The agencies and the latest requests, for the coordinator's sharing page. */
public final class ListSharing {

  /** What the page shows. */
  public record View(List<Agency> agencies, List<SharingRequest> requests) {}

  private final Agencies agencies;
  private final SharingRequests requests;
  private final UnitOfWork unitOfWork;

  public ListSharing(Agencies agencies, SharingRequests requests, UnitOfWork unitOfWork) {
    this.agencies = agencies;
    this.requests = requests;
    this.unitOfWork = unitOfWork;
  }

  public View list(Actor actor) {
    actor.require(Permission.MANAGE_SHARING);
    return unitOfWork.reading(() -> new View(agencies.all(), requests.recent(100)));
  }
}
