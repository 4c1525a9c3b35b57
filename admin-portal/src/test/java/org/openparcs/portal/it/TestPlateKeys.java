package org.openparcs.portal.it;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.openparcs.protection.PlateKeys;

/**
 * The plate keys of the integration tests (POLICY K1): one random ring per test JVM, never a key
 * from the repository. It is also put in the system properties, where the configuration and the
 * restore's replay ({@code EnvironmentKeys}) read {@code parcs.protection.*}; a test that
 * configures its own keys gets those instead.
 */
@Factory
@Requires(missingProperty = "parcs.protection.data-keys")
class TestPlateKeys {

  static final PlateKeys RING = PlateKeys.generate("test-data-1", "test-lookup-1");

  static {
    System.setProperty("parcs.protection.data-keys", RING.dataKeysSetting());
    System.setProperty("parcs.protection.current-data-key", RING.currentDataKeyId());
    System.setProperty("parcs.protection.lookup-keys", RING.lookupKeysSetting());
    System.setProperty("parcs.protection.current-lookup-key", RING.currentLookupKeyId());
  }

  @Singleton
  @Replaces(PlateKeys.class)
  PlateKeys plateKeys() {
    return RING;
  }
}
