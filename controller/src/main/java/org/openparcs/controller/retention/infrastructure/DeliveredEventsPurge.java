package org.openparcs.controller.retention.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import javax.sql.DataSource;
import org.openparcs.controller.retention.application.PurgeProgress;
import org.openparcs.controller.retention.application.PurgeStep;
import org.openparcs.controller.retention.model.ClassCutoff;
import org.openparcs.controller.retention.model.Holds;
import org.openparcs.controller.retention.model.PurgeCounts;
import org.openparcs.controller.retention.model.PurgeOrder;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.Sql;

/**
 * The outbox's copies of events carry plates: once delivered (the portal keeps and purges its own
 * copy, holds included) those older than the latest cut-off of the order go. Events not yet
 * delivered stay until the portal has them.
 */
final class DeliveredEventsPurge implements PurgeStep {

  private final DataSource db;
  private final int chunk;

  DeliveredEventsPurge(DataSource db, int chunk) {
    this.db = db;
    this.chunk = chunk;
  }

  @Override
  public String name() {
    return PurgeCounts.OUTBOX_EVENTS;
  }

  @Override
  public long estimate(PurgeOrder order, Holds holds) {
    return 0;
  }

  @Override
  public PurgeCounts run(PurgeOrder order, Holds holds, PurgeProgress progress) {
    PurgeCounts counts = new PurgeCounts();
    Optional<Instant> before =
        order.cutoffs().stream().map(ClassCutoff::purgeBefore).max(Comparator.naturalOrder());
    if (before.isEmpty()) {
      return counts;
    }
    long deleted = 0;
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "DELETE FROM outbox WHERE delivered_at IS NOT NULL AND occurred_at < ?"
                    + " ORDER BY seq LIMIT "
                    + chunk)) {
      c.setAutoCommit(true);
      Sql.setInstant(ps, 1, before.get());
      int n;
      do {
        n = ps.executeUpdate();
        deleted += n;
      } while (n == chunk);
    } catch (SQLException e) {
      throw new DataAccessException("cannot purge delivered events", e);
    }
    return counts.add(PurgeCounts.OUTBOX_EVENTS, deleted);
  }
}
