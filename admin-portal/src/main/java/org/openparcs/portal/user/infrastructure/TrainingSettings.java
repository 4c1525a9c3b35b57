package org.openparcs.portal.user.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.ZoneId;

/**
 * ALPR training renewal (POLICY A4, {@code parcs.portal.training.*}). Unset, the jurisdiction
 * profile's applies (SAC: yearly, 12 months; the "before access" profiles: 0, once, never renewed);
 * a deployment may renew more often than its profile asks, never less.
 *
 * @param renewalMonths months a training or signed acknowledgement stays valid; 0: no renewal;
 *     null: the profile's
 * @param timeZone the zone whose calendar days count (training dates are days)
 */
@ConfigurationProperties("parcs.portal.training")
public record TrainingSettings(
    @Nullable @Min(0) @Max(120) Integer renewalMonths,
    @Bindable(defaultValue = "UTC") @NotBlank String timeZone) {

  public TrainingSettings {
    ZoneId.of(timeZone);
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }
}
