package org.openparcs.db.backup;

import io.micronaut.context.env.Environment;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openparcs.policy.catalog.ProfileCatalog;
import org.openparcs.policy.model.DataClass;
import org.openparcs.policy.model.DeploymentChoice;
import org.openparcs.policy.model.EffectivePolicy;
import org.openparcs.policy.model.JurisdictionProfile;
import org.openparcs.policy.model.ProfileCheck;

/**
 * How long a backup may be kept (POLICY R1: backups are a store of plate data too): the longest
 * retention period of any plate data class (plate reads and images, hot-list hits, sessions' plate
 * fields, exports) of the jurisdiction profile in force, with the deployment's own periods, read
 * from the same keys as the portal ({@code parcs.policy.profile}, {@code
 * parcs.policy.retention.<class>}).
 */
public record PlateRetention(String profileId, int days) {

  /** The profile the portal enforces when none is configured. */
  static final String DEFAULT_PROFILE = "SJ-PARK";

  public Duration period() {
    return Duration.ofDays(days);
  }

  /** The longest plate retention of the configured profile; a misconfiguration is a failure. */
  public static PlateRetention of(Environment env) {
    String id =
        env.getProperty("parcs.policy.profile", String.class)
            .filter(s -> !s.isBlank())
            .orElse(DEFAULT_PROFILE);
    Map<DataClass, Integer> own = new EnumMap<>(DataClass.class);
    for (DataClass c : DataClass.values()) {
      Optional<Duration> d = env.getProperty("parcs.policy.retention." + c.key(), Duration.class);
      d.ifPresent(v -> own.put(c, wholeDays(v)));
    }
    return of(id, own);
  }

  static PlateRetention of(String profileId, Map<DataClass, Integer> own) {
    JurisdictionProfile profile =
        ProfileCatalog.standard()
            .find(profileId)
            .orElseThrow(
                () ->
                    new BackupFailure(
                        "parcs.policy.profile '"
                            + profileId
                            + "' is none of "
                            + String.join(", ", ProfileCatalog.IDS)));
    EffectivePolicy policy =
        ProfileCheck.check(profile, new DeploymentChoice(own, null, List.of()))
            .match(
                p -> p,
                problems -> {
                  throw new BackupFailure(String.join("; ", problems));
                });
    int longest = 0;
    for (DataClass c : DataClass.values()) {
      if (c.alprData()) {
        longest = Math.max(longest, policy.days(c));
      }
    }
    return new PlateRetention(profile.id(), longest);
  }

  private static int wholeDays(Duration d) {
    long whole = d.toDays() + (d.minusDays(d.toDays()).isZero() ? 0 : 1);
    return (int) Math.min(Integer.MAX_VALUE, Math.max(0, whole));
  }
}
