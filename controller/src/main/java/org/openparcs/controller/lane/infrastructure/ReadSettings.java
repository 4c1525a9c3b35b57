package org.openparcs.controller.lane.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.openparcs.controller.lane.access.model.PlateMatcher;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.plate.model.ReadAgreement;

/**
 * How reads become one read per vehicle, and how a read is matched to a permit ({@code
 * parcs.reads.*}).
 *
 * @param acceptConfidence one read at least this confident is the vehicle's read on its own
 * @param voteConfidence reads below this do not count towards an agreement
 * @param agreeingReads this many reads agreeing on a plate are the vehicle's read
 * @param window how long after a vehicle's first read, with none sure enough, the operator is asked
 *     to read the plate from the image
 * @param confusableBelow a confusable character (0/O/D/Q, 1/I/L, 8/B, 5/S, 2/Z, 6/G) may be
 *     substituted to match a permit only where the reader's confidence in it is below this
 * @param foldOAndI take the letter O as the digit 0 and I as 1 when comparing plates
 */
@ConfigurationProperties("parcs.reads")
public record ReadSettings(
    @Bindable(defaultValue = "0.9") @DecimalMin("0.01") @DecimalMax("1") double acceptConfidence,
    @Bindable(defaultValue = "0.5") @DecimalMin("0.01") @DecimalMax("1") double voteConfidence,
    @Bindable(defaultValue = "2") @Min(2) @Max(10) int agreeingReads,
    @Bindable(defaultValue = "3s") @NotNull Duration window,
    @Bindable(defaultValue = "0.75") @DecimalMin("0") @DecimalMax("1") double confusableBelow,
    @Bindable(defaultValue = "true") boolean foldOAndI) {

  public PlateComparison comparison() {
    return new PlateComparison(foldOAndI);
  }

  public ReadAgreement agreement() {
    return new ReadAgreement(acceptConfidence, voteConfidence, agreeingReads, window, comparison());
  }

  public PlateMatcher matcher() {
    return new PlateMatcher(comparison(), confusableBelow);
  }
}
