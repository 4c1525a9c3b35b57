package org.openparcs.portal.protection.infrastructure;

import java.util.Locale;
import org.openparcs.protection.PlateKeys;

/**
 * The key ring for commands that run without the application context (the restore's replay): the
 * same {@code parcs.protection.*} settings, from system properties or the environment ({@code
 * PARCS_PROTECTION_DATA_KEYS} ...).
 */
public final class EnvironmentKeys {

  private EnvironmentKeys() {}

  public static PlateKeys load() {
    return PlateKeys.fromConfiguration(
        "parcs.protection",
        setting("data-keys"),
        setting("current-data-key"),
        setting("lookup-keys"),
        setting("current-lookup-key"));
  }

  private static String setting(String name) {
    String property = System.getProperty("parcs.protection." + name);
    if (property != null) {
      return property;
    }
    return System.getenv("PARCS_PROTECTION_" + name.replace('-', '_').toUpperCase(Locale.ROOT));
  }
}
