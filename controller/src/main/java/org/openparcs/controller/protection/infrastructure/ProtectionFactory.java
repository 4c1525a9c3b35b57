package org.openparcs.controller.protection.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.openparcs.protection.FileSealer;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateKeys;
import org.openparcs.protection.PlateLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the plate key ring (POLICY K1): a start-up error names a missing or malformed key. */
@Factory
public class ProtectionFactory {

  private static final Logger LOG = LoggerFactory.getLogger(ProtectionFactory.class);
  private static PlateKeys ephemeral;

  @Singleton
  PlateKeys plateKeys(ProtectionSettings settings) {
    if (settings.dataKeys() == null && settings.ephemeralKeys()) {
      LOG.warn("parcs.protection: random keys for this process only (tests)");
      return ephemeralKeys();
    }
    return PlateKeys.fromConfiguration(
        "parcs.protection",
        settings.dataKeys(),
        settings.currentDataKey(),
        settings.lookupKeys(),
        settings.currentLookupKey());
  }

  /** One random ring per JVM, so the contexts of one test run share their embedded database. */
  public static synchronized PlateKeys ephemeralKeys() {
    if (ephemeral == null) {
      ephemeral = PlateKeys.generate("test-data-1", "test-lookup-1");
    }
    return ephemeral;
  }

  @Singleton
  PlateCipher plateCipher(PlateKeys keys) {
    return new PlateCipher(keys);
  }

  @Singleton
  PlateLookup plateLookup(PlateKeys keys) {
    return new PlateLookup(keys);
  }

  @Singleton
  FileSealer fileSealer(PlateKeys keys) {
    return new FileSealer(keys);
  }
}
