package org.openparcs.portal.jurisdiction.infrastructure;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;
import org.openparcs.policy.catalog.ProfileCatalog;
import org.openparcs.policy.model.DeploymentChoice;
import org.openparcs.policy.model.EffectivePolicy;
import org.openparcs.policy.model.JurisdictionProfile;
import org.openparcs.policy.model.ProfileCheck;
import org.openparcs.portal.plate.infrastructure.PurposeSettings;
import org.openparcs.portal.user.infrastructure.TrainingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jurisdiction profile in force, checked when the portal starts (eagerly, before it serves a
 * request): settings that break the profile stop the start with a message naming each rule.
 */
@Factory
class JurisdictionFactory {

  private static final Logger LOG = LoggerFactory.getLogger(JurisdictionFactory.class);

  @Singleton
  ProfileCatalog profileCatalog() {
    return ProfileCatalog.standard();
  }

  @Context
  @Singleton
  EffectivePolicy effectivePolicy(
      ProfileCatalog catalog,
      PolicySettings settings,
      RetentionSettings retention,
      TrainingSettings training,
      List<PurposeSettings> purposes) {
    JurisdictionProfile profile =
        catalog
            .find(settings.profile())
            .orElseThrow(
                () ->
                    refused(
                        List.of(
                            "R2: parcs.policy.profile '"
                                + settings.profile()
                                + "' is none of "
                                + String.join(", ", ProfileCatalog.IDS))));
    DeploymentChoice choice =
        new DeploymentChoice(
            retention.days(),
            training.renewalMonths(),
            purposes.stream().map(PurposeSettings::id).toList());
    return ProfileCheck.check(profile, choice)
        .match(
            policy -> {
              LOG.info(
                  "Jurisdiction profile {} version {} (effective {}): {}",
                  profile.id(),
                  profile.version(),
                  profile.effective(),
                  profile.name());
              return policy;
            },
            problems -> {
              throw refused(problems);
            });
  }

  @Singleton
  JurisdictionProfile jurisdictionProfile(EffectivePolicy policy) {
    return policy.profile();
  }

  private static ProfileRefused refused(List<String> problems) {
    problems.forEach(p -> LOG.error("Refusing to start: {}", p));
    return new ProfileRefused(problems);
  }
}
