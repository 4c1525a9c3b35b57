package org.openparcs.portal.access.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.portal.access.application.ActorDirectory;
import org.openparcs.portal.access.application.IdentifyActor;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.user.infrastructure.TrainingSettings;

/** Wires the access checks. */
@Factory
class AccessFactory {

  @Singleton
  ActorDirectory actorDirectory(Jdbc jdbc) {
    return new JdbcActorDirectory(jdbc);
  }

  @Singleton
  IdentifyActor identifyActor(
      ActorDirectory directory, UnitOfWork unitOfWork, Clock clock, TrainingSettings settings) {
    return new IdentifyActor(directory, settings.policy(), unitOfWork, clock, settings.zone());
  }
}
