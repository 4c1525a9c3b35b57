package org.openparcs.portal.access.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** POLICY A4: training and a signed acknowledgement before access, renewed as configured. */
class TrainingPolicyTest {

  private static final LocalDate TRAINED = LocalDate.of(2026, 3, 10);
  private final TrainingPolicy yearly = new TrainingPolicy(Period.ofMonths(12));

  @Test
  void bothRecordsWithinTheYearAllowAccess() {
    TrainingStatus s = yearly.status(TRAINED, TRAINED.plusDays(2), LocalDate.of(2027, 3, 9));

    assertThat(s.current()).isTrue();
    assertThat(s.validUntil()).isEqualTo(LocalDate.of(2027, 3, 9));
  }

  @Test
  void theOlderRecordLapsingAYearLaterStopsAccess() {
    assertThat(yearly.status(TRAINED, TRAINED.plusDays(2), LocalDate.of(2027, 3, 10)).current())
        .isFalse();
  }

  @Test
  void aMissingTrainingOrAcknowledgementStopsAccess() {
    assertThat(yearly.status(null, TRAINED, TRAINED).current()).isFalse();
    assertThat(yearly.status(TRAINED, null, TRAINED).current()).isFalse();
  }

  @Test
  void aProfileWithoutRenewalKeepsAccessOnceTrained() {
    TrainingPolicy once = new TrainingPolicy(Period.ZERO);

    assertThat(once.status(TRAINED, TRAINED, TRAINED.plusYears(5)).current()).isTrue();
  }
}
