package org.openparcs.controller.retention.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.openparcs.controller.camera.application.FrameStore;
import org.openparcs.controller.retention.application.PurgeProgress;
import org.openparcs.controller.retention.application.PurgeStep;
import org.openparcs.controller.retention.model.ClassCutoff;
import org.openparcs.controller.retention.model.DataClasses;
import org.openparcs.controller.retention.model.Holds;
import org.openparcs.controller.retention.model.PurgeCounts;
import org.openparcs.controller.retention.model.PurgeOrder;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.protection.PlateLookup;

/**
 * Deletes the image files of frames older than the plate-reads cut-off (POLICY R1: images as well
 * as rows), then empties their path; the frame row stays (size, lane, time: no plate). The image of
 * a frame a held read came from stays (R3). A chunk at a time, walking received_at.
 */
final class FrameImagesPurge implements PurgeStep {

  private final DataSource db;
  private final FrameStore store;
  private final int chunk;
  private final String garageId;

  private final PlateLookup lookup;

  FrameImagesPurge(
      DataSource db, FrameStore store, int chunk, String garageId, PlateLookup lookup) {
    this.lookup = lookup;
    this.db = db;
    this.store = store;
    this.chunk = chunk;
    this.garageId = garageId;
  }

  @Override
  public String name() {
    return PurgeCounts.IMAGES;
  }

  @Override
  public long estimate(PurgeOrder order, Holds holds) {
    return 0;
  }

  @Override
  public PurgeCounts run(PurgeOrder order, Holds holds, PurgeProgress progress) {
    PurgeCounts counts = new PurgeCounts();
    Optional<ClassCutoff> cutoff = order.cutoff(DataClasses.PLATE_READS);
    if (cutoff.isEmpty()) {
      return counts;
    }
    HeldFilter held =
        HeldFilter.hashed("r.id", holds.readIds(), "r.plate_hash", holds.plates(), lookup);
    String select =
        "SELECT f.id, f.path, f.received_at FROM plate_frame f WHERE f.garage_id = ?"
            + " AND f.received_at >= ? AND f.received_at < ? AND f.path IS NOT NULL"
            + (held.params().isEmpty()
                ? ""
                : " AND f.id NOT IN (SELECT r.frame_id FROM plate_read r WHERE r.frame_id IS NOT"
                    + " NULL"
                    + held.onlyHeld()
                    + ")")
            + " ORDER BY f.received_at LIMIT "
            + chunk;
    Instant from = Instant.EPOCH;
    long deleted = 0;
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(true);
      while (true) {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(select)) {
          ps.setString(1, garageId);
          Sql.setInstant(ps, 2, from);
          Sql.setInstant(ps, 3, cutoff.get().purgeBefore());
          ChunkedRows.bind(ps, 4, held.params());
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              ids.add(rs.getString(1));
              store.delete(rs.getString(2));
              from = Sql.getInstant(rs, "received_at");
            }
          }
        }
        if (ids.isEmpty()) {
          break;
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE plate_frame SET path = NULL, sha256 = NULL WHERE id IN ("
                    + HeldFilter.marks(ids.size())
                    + ")")) {
          ChunkedRows.bind(ps, 1, new ArrayList<>(ids));
          deleted += ps.executeUpdate();
          progress.advance(ids.size());
        }
        if (ids.size() < chunk) {
          break;
        }
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot purge frame images", e);
    }
    return counts.add(PurgeCounts.IMAGES, deleted);
  }
}
