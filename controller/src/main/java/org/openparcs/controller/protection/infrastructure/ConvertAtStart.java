package org.openparcs.controller.protection.infrastructure;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Map;
import org.openparcs.db.DatabaseFactory.PooledDatabase;
import org.openparcs.protection.PlateKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals the rows an older schema left in clear (POLICY K1) in the background at start-up: the
 * garage keeps working meanwhile (readers open a sealed value, or take the clear one of a row not
 * yet converted). Logs the counts, never a plate; a failure is logged as an error naming the table,
 * and the next start tries again.
 */
@Singleton
@Requires(property = "parcs.protection.convert-at-start", notEquals = "false")
public class ConvertAtStart {

  private static final Logger LOG = LoggerFactory.getLogger(ConvertAtStart.class);

  private final ClearRowsConverter converter;

  public ConvertAtStart(PooledDatabase db, PlateKeys keys, ProtectionSettings settings) {
    this.converter = new ClearRowsConverter(db.raw(), keys, settings.rekeyBatch());
  }

  @EventListener
  void atStart(StartupEvent event) {
    Thread thread = new Thread(this::runLogged, "plate-convert");
    thread.setDaemon(true);
    thread.start();
  }

  private void runLogged() {
    try {
      Map<String, Long> sealed = converter.run();
      if (sealed.values().stream().anyMatch(n -> n > 0)) {
        LOG.warn("K1: rows left in clear by the old schema sealed: {}", sealed);
      } else {
        LOG.info("K1: no row in clear");
      }
    } catch (RuntimeException e) {
      LOG.error(
          "K1: sealing the rows left in clear failed (retried at next start): {}", e.toString());
    }
  }
}
