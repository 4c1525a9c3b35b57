package org.openparcs.portal.protection.infrastructure;

import java.util.Map;
import org.openparcs.db.backup.ServiceSettings;
import org.openparcs.protection.PlateKeys;

/**
 * The key ring for commands that run without the application context (the restore's replay): the
 * same {@code parcs.protection.*} settings, read as the portal reads them (its settings file named
 * by {@code MICRONAUT_CONFIG_FILES}, the environment {@code PARCS_PROTECTION_DATA_KEYS} ..., system
 * properties).
 */
public final class EnvironmentKeys {

  private EnvironmentKeys() {}

  public static PlateKeys load() {
    Map<String, String> s =
        ServiceSettings.read(
            "parcs.protection",
            "data-keys",
            "current-data-key",
            "lookup-keys",
            "current-lookup-key");
    return PlateKeys.fromConfiguration(
        "parcs.protection",
        s.get("data-keys"),
        s.get("current-data-key"),
        s.get("lookup-keys"),
        s.get("current-lookup-key"));
  }
}
