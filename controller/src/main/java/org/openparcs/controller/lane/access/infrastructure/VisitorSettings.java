package org.openparcs.controller.lane.access.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Visitors ({@code parcs.visitors.*}).
 *
 * @param admitted whether a plate no permit knows enters as a paying visitor (else it is turned
 *     away as an unknown plate)
 * @param exitGrace how long after paying in full a visitor may still leave without paying the fee
 *     that accrued since
 */
@ConfigurationProperties("parcs.visitors")
public record VisitorSettings(
    @Bindable(defaultValue = "false") boolean admitted,
    @Bindable(defaultValue = "15m") @NotNull Duration exitGrace) {

  public VisitorSettings {
    if (exitGrace != null && (exitGrace.isNegative() || exitGrace.toHours() > 4)) {
      throw new IllegalArgumentException("parcs.visitors.exit-grace must be 0 to 4 hours");
    }
  }
}
