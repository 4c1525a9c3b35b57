package org.openparcs.policy.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One city's ALPR policy as data (POLICY "Jurisdiction profiles"): what a deployment that chooses
 * it must keep, for how long, who may search for what, and who data may go to.
 *
 * @param id the profile's name in configuration ({@code SAC})
 * @param name the policy it encodes
 * @param source the file in {@code shared/seeds} it is taken from
 * @param version the version of this profile's data; raised at every change of its rules
 * @param effective the day the encoded policy took effect
 * @param retention the period and bounds of every data class (POLICY R1, R2, T2)
 * @param mfaRequired whether every user logs on with a second factor (POLICY A1)
 * @param trainingRenewalMonths how often training and the acknowledgement are renewed at the
 *     latest; 0: once, before access (POLICY A4)
 * @param purposes the authorized purposes of searches (POLICY U1)
 * @param prohibited the uses no search or request may serve (POLICY U2)
 * @param sharing who data may go to (POLICY S1, S2)
 * @param hotListRefreshHours external hot lists not refreshed within this many hours stop matching
 *     (POLICY S3)
 */
public record JurisdictionProfile(
    String id,
    String name,
    String source,
    int version,
    LocalDate effective,
    Map<DataClass, RetentionBounds> retention,
    boolean mfaRequired,
    int trainingRenewalMonths,
    List<PurposeDefinition> purposes,
    List<ProhibitedUse> prohibited,
    SharingRules sharing,
    int hotListRefreshHours) {

  public JurisdictionProfile {
    if (id == null || id.isBlank() || name == null || version < 1 || effective == null) {
      throw new IllegalArgumentException("a profile has an id, a name, a version and a date");
    }
    retention = Map.copyOf(new EnumMap<>(retention));
    for (DataClass c : DataClass.values()) {
      if (!retention.containsKey(c)) {
        throw new IllegalArgumentException("profile " + id + " sets no retention for " + c.key());
      }
    }
    if (trainingRenewalMonths < 0 || purposes.isEmpty() || hotListRefreshHours < 1) {
      throw new IllegalArgumentException("profile " + id + ": renewal, purposes, hot-list hours");
    }
    purposes = List.copyOf(purposes);
    prohibited = List.copyOf(prohibited);
  }

  public RetentionBounds bounds(DataClass dataClass) {
    return retention.get(dataClass);
  }

  public Optional<PurposeDefinition> purpose(String purposeId) {
    return purposes.stream().filter(p -> p.id().equals(purposeId)).findFirst();
  }

  /** The prohibited use the first of {@code texts} that names one falls under (POLICY U2). */
  public Optional<ProhibitedUse> prohibitedUseIn(String... texts) {
    for (String text : texts) {
      for (ProhibitedUse use : prohibited) {
        if (use.coversText(text)) {
          return Optional.of(use);
        }
      }
    }
    return Optional.empty();
  }

  /** "yearly", "every 6 months", "before access". */
  public String trainingRenewalText() {
    if (trainingRenewalMonths == 0) {
      return "before access";
    }
    return trainingRenewalMonths == 12 ? "yearly" : "every " + trainingRenewalMonths + " months";
  }
}
