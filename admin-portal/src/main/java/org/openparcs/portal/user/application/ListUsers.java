package org.openparcs.portal.user.application;

import java.util.List;
import java.util.Set;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.user.model.PortalUser;

/** Every user with roles, garage scopes and training records, for the coordinator (POLICY A5). */
public final class ListUsers {

  /** A user as the users page shows them. */
  public record Row(PortalUser user, Set<GarageId> garages, List<TrainingRecords.Entry> training) {}

  private final PortalUsers users;
  private final TrainingRecords training;
  private final UnitOfWork unitOfWork;

  public ListUsers(PortalUsers users, TrainingRecords training, UnitOfWork unitOfWork) {
    this.users = users;
    this.training = training;
    this.unitOfWork = unitOfWork;
  }

  public List<Row> list(Actor actor) {
    actor.require(Permission.MANAGE_USERS);
    return unitOfWork.reading(
        () ->
            users.all().stream()
                .map(u -> new Row(u, users.scopes(u.id()), training.history(u.id())))
                .toList());
  }
}
