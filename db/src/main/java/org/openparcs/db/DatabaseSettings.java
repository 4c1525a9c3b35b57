package org.openparcs.db;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Where a service keeps its data ({@code parcs.db.*}).
 *
 * <p>By default the service starts its own embedded MariaDB with its files under {@code
 * embedded-dir}. For a real deployment set {@code embedded: false} and give {@code url}, {@code
 * user} and {@code password} of an external MariaDB (10.11 or later).
 *
 * @param schema which migrations to apply: {@code garage} (controller) or {@code portal}
 * @param embedded start an embedded MariaDB (default true)
 * @param embeddedDir folder of the embedded server's binaries and data (kept across restarts)
 * @param embeddedPort TCP port of the embedded server on loopback; 0 picks a free one
 * @param embeddedShared tests only: one embedded server per JVM, a fresh database per context
 * @param database database name on the embedded server
 * @param url JDBC URL of an external MariaDB ({@code jdbc:mariadb://host:3306/parcs_garage})
 * @param user database user of an external MariaDB
 * @param password its password (take it from the environment, never from the repository)
 * @param maxPoolSize connection pool size
 */
@ConfigurationProperties("parcs.db")
public record DatabaseSettings(
    @NotBlank @Pattern(regexp = "garage|portal") String schema,
    @Bindable(defaultValue = "true") boolean embedded,
    @Bindable(defaultValue = "data/mariadb") @NotBlank String embeddedDir,
    @Bindable(defaultValue = "0") @Min(0) @Max(65535) int embeddedPort,
    @Bindable(defaultValue = "false") boolean embeddedShared,
    @Bindable(defaultValue = "parcs") @Pattern(regexp = "[A-Za-z0-9_]{1,48}") String database,
    @Nullable String url,
    @Nullable String user,
    @Nullable String password,
    @Bindable(defaultValue = "16") @Min(1) @Max(500) int maxPoolSize) {

  public DatabaseSettings {
    if (!embedded && (url == null || url.isBlank())) {
      throw new IllegalArgumentException(
          "parcs.db.url is required when parcs.db.embedded is false (an external MariaDB)");
    }
  }

  /** Flyway location of this service's migrations. */
  public String migrationsLocation() {
    return "classpath:db/" + schema;
  }
}
