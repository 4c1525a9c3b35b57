package org.openparcs.policy.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks a deployment's own numbers against its profile (POLICY R2: the profile validates its own
 * numbers against its bounds and refuses to start when they conflict). Each problem names the rule
 * it breaks and the profile, e.g. "R2 SAC: plate reads must be kept 90 days .. 2 years, configured
 * 30 days".
 */
public final class ProfileCheck {

  private ProfileCheck() {}

  /** The outcome of a check: the policy in force, or every problem found. */
  public sealed interface Outcome {
    <T> T match(Function<EffectivePolicy, T> valid, Function<List<String>, T> invalid);
  }

  public record Valid(EffectivePolicy policy) implements Outcome {
    @Override
    public <T> T match(Function<EffectivePolicy, T> valid, Function<List<String>, T> invalid) {
      return valid.apply(policy);
    }
  }

  public record Invalid(List<String> problems) implements Outcome {
    public Invalid {
      problems = List.copyOf(problems);
    }

    @Override
    public <T> T match(Function<EffectivePolicy, T> valid, Function<List<String>, T> invalid) {
      return invalid.apply(problems);
    }
  }

  public static Outcome check(JurisdictionProfile profile, DeploymentChoice choice) {
    List<String> problems = new ArrayList<>();
    Map<DataClass, Integer> days = new EnumMap<>(DataClass.class);
    for (DataClass c : DataClass.values()) {
      int chosen = choice.retentionDays().getOrDefault(c, profile.bounds(c).defaultDays());
      days.put(c, chosen);
      String rule = c.alprData() ? "R2" : "T2";
      profile
          .bounds(c)
          .problem(chosen)
          .ifPresent(p -> problems.add(rule + " " + profile.id() + ": " + c.label() + " " + p));
    }
    int renewal =
        choice.trainingRenewalMonths() == null
            ? profile.trainingRenewalMonths()
            : choice.trainingRenewalMonths();
    int required = profile.trainingRenewalMonths();
    if (required > 0 && (renewal == 0 || renewal > required)) {
      problems.add(
          "A4 "
              + profile.id()
              + ": training must be renewed at least every "
              + required
              + " months, configured "
              + (renewal == 0 ? "never" : renewal + " months"));
    }
    List<PurposeDefinition> purposes = purposes(profile, choice, problems);
    return problems.isEmpty()
        ? new Valid(new EffectivePolicy(profile, days, renewal, purposes))
        : new Invalid(problems);
  }

  private static List<PurposeDefinition> purposes(
      JurisdictionProfile profile, DeploymentChoice choice, List<String> problems) {
    if (choice.purposeIds().isEmpty()) {
      return profile.purposes();
    }
    List<PurposeDefinition> chosen = new ArrayList<>();
    for (String id : choice.purposeIds()) {
      profile
          .purpose(id)
          .ifPresentOrElse(
              chosen::add,
              () ->
                  problems.add(
                      "U1 "
                          + profile.id()
                          + ": purpose '"
                          + id
                          + "' is not an authorized purpose of the profile ("
                          + String.join(
                              ", ", profile.purposes().stream().map(PurposeDefinition::id).toList())
                          + ")"));
      profile
          .prohibitedUseIn(id)
          .ifPresent(
              u -> problems.add("U2 " + profile.id() + ": purpose '" + id + "' is " + u.label()));
    }
    return chosen;
  }
}
