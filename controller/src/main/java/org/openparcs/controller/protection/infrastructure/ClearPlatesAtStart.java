package org.openparcs.controller.protection.infrastructure;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import java.util.Map;
import org.openparcs.db.DatabaseFactory.PooledDatabase;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the K1 converter ({@link ClearPlates}) as the application context starts, before the lanes
 * read sessions by their hashes: rows of an older schema are sealed first. Logs counts, never a
 * plate. Once every clear column is recorded as converted it reads one row per column and returns.
 * Off with {@code parcs.protection.convert-at-start=false} (benchmarks seeding the old form).
 */
@Context
@Requires(property = "parcs.protection.convert-at-start", notEquals = "false")
public class ClearPlatesAtStart {

  private static final Logger LOG = LoggerFactory.getLogger(ClearPlatesAtStart.class);

  public ClearPlatesAtStart(
      PooledDatabase db, PlateCipher cipher, PlateLookup lookup, ProtectionSettings settings) {
    Map<String, Long> sealed =
        new ClearPlates(db.raw(), cipher, lookup, settings.rekeyBatch()).sealAll();
    if (!sealed.isEmpty()) {
      LOG.info("K1 converter: values left in clear by an older schema sealed: {}", sealed);
    }
  }
}
