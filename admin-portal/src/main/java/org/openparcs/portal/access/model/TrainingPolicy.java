package org.openparcs.portal.access.model;

import java.time.LocalDate;
import java.time.Period;

/**
 * POLICY A4: training and the signed acknowledgement before access, renewed as the jurisdiction
 * profile says (SAC: yearly). A user whose training lapsed can still log in, but sees no ALPR data.
 *
 * @param renewal how long a training or acknowledgement stays valid; {@link Period#ZERO}: once,
 *     never renewed ("before access" profiles)
 */
public record TrainingPolicy(Period renewal) {

  public TrainingPolicy {
    if (renewal == null || renewal.isNegative()) {
      throw new IllegalArgumentException("the training renewal period cannot be negative");
    }
  }

  public TrainingStatus status(LocalDate trainedOn, LocalDate acknowledgedOn, LocalDate today) {
    if (trainedOn == null || acknowledgedOn == null) {
      return new TrainingStatus(trainedOn, acknowledgedOn, null, false);
    }
    if (renewal.isZero()) {
      return new TrainingStatus(trainedOn, acknowledgedOn, null, true);
    }
    LocalDate older = trainedOn.isBefore(acknowledgedOn) ? trainedOn : acknowledgedOn;
    LocalDate validUntil = older.plus(renewal).minusDays(1);
    return new TrainingStatus(trainedOn, acknowledgedOn, validUntil, !today.isAfter(validUntil));
  }
}
