package org.openparcs.portal.user.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Period;
import java.time.ZoneId;
import org.openparcs.portal.access.model.TrainingPolicy;

/**
 * ALPR training renewal (POLICY A4, {@code parcs.portal.training.*}), as the jurisdiction profile
 * says: SAC renews yearly (12 months); the "before access" profiles set 0 (once, never renewed).
 *
 * @param renewalMonths months a training or signed acknowledgement stays valid; 0: no renewal
 * @param timeZone the zone whose calendar days count (training dates are days)
 */
@ConfigurationProperties("parcs.portal.training")
public record TrainingSettings(
    @Bindable(defaultValue = "12") @Min(0) @Max(120) int renewalMonths,
    @Bindable(defaultValue = "UTC") @NotBlank String timeZone) {

  public TrainingSettings {
    ZoneId.of(timeZone);
  }

  public TrainingPolicy policy() {
    return new TrainingPolicy(Period.ofMonths(renewalMonths));
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }
}
