package org.openparcs.controller.protection.infrastructure;

import io.micronaut.context.annotation.Context;
import java.util.Map;
import org.openparcs.db.DatabaseFactory.PooledDatabase;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the K1 converter ({@link ClearPlates}) as the application context starts, before the lanes
 * read sessions by their hashes: rows of a schema older than V110 are sealed first. Logs counts,
 * never a plate. After the first start on V110 it reads one row per column and returns.
 */
@Context
public class ClearPlatesAtStart {

  private static final Logger LOG = LoggerFactory.getLogger(ClearPlatesAtStart.class);

  public ClearPlatesAtStart(
      PooledDatabase db, PlateCipher cipher, PlateLookup lookup, ProtectionSettings settings) {
    Map<String, Long> sealed =
        new ClearPlates(db.raw(), cipher, lookup, settings.rekeyBatch()).sealAll();
    if (!sealed.isEmpty()) {
      LOG.info("K1 converter: clear plates of the old schema sealed: {}", sealed);
    }
  }
}
