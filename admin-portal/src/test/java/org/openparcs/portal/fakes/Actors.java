package org.openparcs.portal.fakes;

import java.time.LocalDate;
import java.util.Set;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.TrainingStatus;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.user.model.Role;

/** Logged-in users for use-case tests. */
public final class Actors {

  public static final TrainingStatus TRAINED =
      new TrainingStatus(
          LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31), true);
  public static final TrainingStatus LAPSED =
      new TrainingStatus(
          LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), false);

  private Actors() {}

  public static Actor of(Role role, TrainingStatus training, String... garages) {
    Set<GarageId> scopes =
        java.util.Arrays.stream(garages)
            .map(GarageId::new)
            .collect(java.util.stream.Collectors.toSet());
    return new Actor(
        7,
        role.name().toLowerCase(),
        "Parking Division",
        "10.0.0.7",
        Set.of(role),
        scopes,
        training);
  }
}
