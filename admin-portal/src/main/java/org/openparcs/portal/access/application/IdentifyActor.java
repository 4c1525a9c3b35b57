package org.openparcs.portal.access.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.TrainingPolicy;
import org.openparcs.portal.common.application.UnitOfWork;

/**
 * Turns the session's username into the {@link Actor} every check uses, from the store as it is
 * now: a disabled user, or one removed since log-on, is nobody (the session no longer counts).
 */
public final class IdentifyActor {

  private final ActorDirectory directory;
  private final TrainingPolicy training;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final ZoneId zone;

  public IdentifyActor(
      ActorDirectory directory,
      TrainingPolicy training,
      UnitOfWork unitOfWork,
      Clock clock,
      ZoneId zone) {
    this.directory = directory;
    this.training = training;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.zone = zone;
  }

  public Optional<Actor> identify(String username, String ip) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    return unitOfWork
        .reading(() -> directory.find(username))
        .filter(ActorDirectory.Entry::enabled)
        .map(
            e ->
                new Actor(
                    e.userId(),
                    e.username(),
                    e.department(),
                    ip,
                    e.roles(),
                    e.garages(),
                    training.status(e.trainedOn(), e.acknowledgedOn(), today)));
  }
}
