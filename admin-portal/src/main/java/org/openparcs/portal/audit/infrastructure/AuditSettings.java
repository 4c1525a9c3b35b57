package org.openparcs.portal.audit.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The audit trail ({@code parcs.portal.audit.*}).
 *
 * @param anchorInterval how often the chain's head is anchored (when records were added)
 * @param anchorFile a file outside the database that each anchor is also appended to; none when
 *     unset (put it where the database's administrators cannot write)
 * @param pageSize the most records the audit and log-on pages show
 * @param exportLimit the most records one CSV export holds
 */
@ConfigurationProperties("parcs.portal.audit")
public record AuditSettings(
    @Bindable(defaultValue = "1h") @NotNull Duration anchorInterval,
    @Nullable String anchorFile,
    @Bindable(defaultValue = "200") @Min(1) @Max(5000) int pageSize,
    @Bindable(defaultValue = "100000") @Min(1) @Max(1000000) int exportLimit) {

  public Path anchorPath() {
    return anchorFile == null || anchorFile.isBlank() ? null : Path.of(anchorFile);
  }
}
