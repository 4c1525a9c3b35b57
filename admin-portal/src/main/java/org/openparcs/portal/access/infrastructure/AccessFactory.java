package org.openparcs.portal.access.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Period;
import org.openparcs.policy.model.EffectivePolicy;
import org.openparcs.portal.access.application.ActorDirectory;
import org.openparcs.portal.access.application.IdentifyActor;
import org.openparcs.portal.access.model.TrainingPolicy;
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
      ActorDirectory directory,
      UnitOfWork unitOfWork,
      Clock clock,
      TrainingSettings settings,
      EffectivePolicy policy) {
    // POLICY A4: the renewal in force is the profile's, or the deployment's stricter one.
    TrainingPolicy training = new TrainingPolicy(Period.ofMonths(policy.trainingRenewalMonths()));
    return new IdentifyActor(directory, training, unitOfWork, clock, settings.zone());
  }
}
