package org.openparcs.db.backup;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.util.HashMap;
import java.util.Map;

/**
 * Settings a restore's replay needs beyond the database (the plate keys {@code parcs.protection.*}
 * of POLICY K1), read the way {@link BackupCommand} and the service read theirs: {@code
 * application.yml}, the files named by {@code MICRONAUT_CONFIG_FILES}, the environment ({@code
 * PARCS_PROTECTION_DATA_KEYS} for {@code parcs.protection.data-keys}) and {@code -D} options.
 */
public final class ServiceSettings {

  private ServiceSettings() {}

  /** The non-blank values of {@code prefix + "." + name} for each name, keyed by name. */
  public static Map<String, String> read(String prefix, String... names) {
    Map<String, String> values = new HashMap<>();
    try (ApplicationContext context =
        ApplicationContext.builder().deduceEnvironment(false).build()) {
      Environment env = context.getEnvironment();
      env.start();
      for (String name : names) {
        env.getProperty(prefix + "." + name, String.class)
            .filter(v -> !v.isBlank())
            .ifPresent(v -> values.put(name, v));
      }
    }
    return values;
  }
}
