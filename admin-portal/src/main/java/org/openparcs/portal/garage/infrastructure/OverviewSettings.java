package org.openparcs.portal.garage.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.ZoneId;

/**
 * The garages page ({@code parcs.portal.overview.*}).
 *
 * @param latestEvents how many of each garage's latest events the page and the API show
 * @param timeZone the zone the page shows times in (the API always answers in UTC)
 * @param chartDays how many days the charts cover, today included (UTC days)
 */
@ConfigurationProperties("parcs.portal.overview")
public record OverviewSettings(
    @Bindable(defaultValue = "20") @Min(1) @Max(500) int latestEvents,
    @Bindable(defaultValue = "UTC") @NotBlank String timeZone,
    @Bindable(defaultValue = "14") @Min(1) @Max(92) int chartDays) {

  public OverviewSettings {
    ZoneId.of(timeZone);
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }
}
