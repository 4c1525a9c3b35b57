package org.openparcs.controller.plate.infrastructure;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.plate.application.CandidateReads;
import org.openparcs.controller.plate.application.PendingRead;
import org.openparcs.controller.plate.application.ReadAccuracy;
import org.openparcs.controller.plate.application.ReadSummary;
import org.openparcs.controller.plate.application.ReadViews;
import org.openparcs.controller.plate.model.PlateBox;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.protection.infrastructure.SealedText;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.protection.PlateCipher;

@Singleton
public class JdbcReadViews implements ReadViews {

  private static final String READ_KINDS =
      "('READ_TIMEOUT','LOW_CONFIDENCE_READ','AMBIGUOUS_READ')";

  private final JdbcTransactions tx;
  private final String garageId;

  /**
   * A correction that confirmed what was read: the same lookup hash (POLICY K1: the texts are
   * sealed), or, on a row the converter has not sealed yet, the same clear text.
   */
  private static final String SAME_TEXT =
      "(original_hash <=> corrected_hash AND original_text <=> corrected_text"
          + " AND COALESCE(original_hash, original_text) IS NOT NULL)";

  private final PlateCipher cipher;
  private final CandidateReads candidates;

  public JdbcReadViews(
      JdbcTransactions tx, GarageLayout garage, PlateCipher cipher, CandidateReads candidates) {
    this.tx = tx;
    this.garageId = garage.id().value();
    this.cipher = cipher;
    this.candidates = candidates;
  }

  @Override
  public List<PendingRead> pending(LaneId lane, int limit) {
    String sql =
        "SELECT e.id, e.lane_id, e.kind, e.detail, e.detail_sealed, e.raised_at, e.decision_id,"
            + " e.plate_read_id, e.frame_id, r.plate_sealed, r.confidence,"
            + " r.frame_id AS read_frame_id,"
            + BOX_COLUMNS
            + " FROM lane_exception e LEFT JOIN plate_read r ON r.id = e.plate_read_id"
            + " LEFT JOIN plate_frame f ON f.id = e.frame_id"
            + " WHERE e.garage_id = ? AND e.kind IN "
            + READ_KINDS
            + (lane == null ? "" : " AND e.lane_id = ?")
            + " AND NOT EXISTS (SELECT 1 FROM plate_correction c WHERE c.exception_id = e.id"
            + " OR (e.plate_read_id IS NOT NULL AND c.plate_read_id = e.plate_read_id))"
            + " ORDER BY e.raised_at DESC, e.id DESC LIMIT ?";
    List<PendingRead> found = new ArrayList<>();
    try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
      bind(ps, lane, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          BigDecimal confidence = rs.getBigDecimal("confidence");
          found.add(
              new PendingRead(
                  Sql.getUuid(rs, "id"),
                  new LaneId(rs.getString("lane_id")),
                  rs.getString("kind"),
                  SealedText.open(
                      cipher,
                      rs.getBytes("detail_sealed"),
                      rs.getString("detail"),
                      SealedContexts.EXCEPTION_DETAIL),
                  Sql.getInstant(rs, "raised_at"),
                  Sql.getUuid(rs, "decision_id"),
                  Sql.getUuid(rs, "plate_read_id"),
                  cipher.openNullable(rs.getBytes("plate_sealed"), JdbcPlateReads.PLATE),
                  confidence == null ? null : confidence.doubleValue(),
                  Sql.getUuid(rs, "frame_id"),
                  sameFrame(rs) ? box(rs) : null,
                  size(rs, "frame_w"),
                  size(rs, "frame_h"),
                  List.of()));
        }
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the pending read exceptions", e);
    }
    var offered = candidates.forExceptions(found.stream().map(PendingRead::exceptionId).toList());
    return found.stream()
        .map(p -> p.withCandidates(offered.getOrDefault(p.exceptionId(), List.of())))
        .toList();
  }

  @Override
  public List<ReadSummary> recent(LaneId lane, int limit) {
    String sql =
        "SELECT r.id, r.lane_id, r.camera_id, r.plate_sealed, r.confidence, r.char_confidences,"
            + " r.source, r.frame_id, r.received_at, d.id AS decision_id, d.outcome, d.rule,"
            + " d.reason, d.plate_match, d.matched_plate_sealed, d.read_basis,"
            + BOX_COLUMNS
            + " FROM plate_read r LEFT JOIN access_decision d ON d.plate_read_id = r.id"
            + " LEFT JOIN plate_frame f ON f.id = r.frame_id WHERE r.garage_id = ?"
            + (lane == null ? "" : " AND r.lane_id = ?")
            + " ORDER BY r.received_at DESC, r.id DESC LIMIT ?";
    try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
      bind(ps, lane, limit);
      List<ReadSummary> found = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(
              new ReadSummary(
                  Sql.getUuid(rs, "id"),
                  new LaneId(rs.getString("lane_id")),
                  rs.getString("camera_id"),
                  cipher.openNullable(rs.getBytes("plate_sealed"), JdbcPlateReads.PLATE),
                  rs.getBigDecimal("confidence").doubleValue(),
                  CharConfidences.parse(rs.getString("char_confidences")),
                  rs.getString("source"),
                  Sql.getUuid(rs, "frame_id"),
                  Sql.getInstant(rs, "received_at"),
                  Sql.getUuid(rs, "decision_id"),
                  rs.getString("outcome"),
                  rs.getString("rule"),
                  rs.getString("reason"),
                  rs.getString("plate_match"),
                  cipher.openNullable(
                      rs.getBytes("matched_plate_sealed"), SealedContexts.DECISION_MATCHED_PLATE),
                  rs.getString("read_basis"),
                  box(rs),
                  size(rs, "frame_w"),
                  size(rs, "frame_h")));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the recent plate reads", e);
    }
  }

  @Override
  public ReadAccuracy accuracy(LaneId lane, Instant from, Instant to) {
    String byLane = lane == null ? "" : " AND lane_id = ?";
    String sql =
        "SELECT (SELECT COUNT(*) FROM plate_read WHERE garage_id = ? AND received_at >= ?"
            + " AND received_at < ? AND source <> 'operator'"
            + byLane
            + "), (SELECT COUNT(*) FROM access_decision d JOIN plate_read r"
            + " ON r.id = d.plate_read_id WHERE d.garage_id = ? AND d.decided_at >= ?"
            + " AND d.decided_at < ? AND r.source <> 'operator'"
            + (lane == null ? "" : " AND d.lane_id = ?")
            + "), (SELECT COUNT(*) FROM plate_correction WHERE garage_id = ? AND corrected_at >= ?"
            + " AND corrected_at < ? AND NOT "
            + SAME_TEXT
            + byLane
            + "), (SELECT COUNT(*) FROM plate_correction WHERE garage_id = ? AND corrected_at >= ?"
            + " AND corrected_at < ? AND "
            + SAME_TEXT
            + byLane
            + ")";
    try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
      int i = 1;
      for (int query = 0; query < 4; query++) {
        ps.setString(i++, garageId);
        Sql.setInstant(ps, i++, from);
        Sql.setInstant(ps, i++, to);
        if (lane != null) {
          ps.setString(i++, lane.value());
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new ReadAccuracy(
            from, to, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot count reads and corrections", e);
    }
  }

  /** The read's plate box, and the size of the frame it was read in (frame alias {@code f}). */
  private static final String BOX_COLUMNS =
      " r.box_x, r.box_y, r.box_w, r.box_h, f.width AS frame_w, f.height AS frame_h";

  private static PlateBox box(ResultSet rs) throws SQLException {
    int w = rs.getInt("box_w");
    if (rs.wasNull() || w <= 0) {
      return null;
    }
    int h = rs.getInt("box_h");
    int x = rs.getInt("box_x");
    int y = rs.getInt("box_y");
    return h <= 0 || x < 0 || y < 0 ? null : new PlateBox(x, y, w, h);
  }

  /**
   * An exception's frame may be another than its read's: the box then belongs to no shown frame.
   */
  private static boolean sameFrame(ResultSet rs) throws SQLException {
    java.util.UUID frame = Sql.getUuid(rs, "frame_id");
    return frame != null && frame.equals(Sql.getUuid(rs, "read_frame_id"));
  }

  private static Integer size(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  private void bind(PreparedStatement ps, LaneId lane, int limit) throws SQLException {
    int i = 1;
    ps.setString(i++, garageId);
    if (lane != null) {
      ps.setString(i++, lane.value());
    }
    ps.setInt(i, limit);
  }
}
