package org.openparcs.controller.lane.control.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.application.LaneExceptions;
import org.openparcs.controller.lane.control.model.LaneException;
import org.openparcs.controller.lane.control.model.LaneExceptionKind;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.protection.infrastructure.SealedText;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.protection.PlateCipher;

/**
 * The {@code lane_exception} table. The detail can list plates (a NO_ENTRY_FOUND exit names the
 * open entries near its read), so it is sealed whole (POLICY K1, V115) and opened for the console.
 */
@Singleton
public class JdbcLaneExceptions implements LaneExceptions {

  private static final String COLUMNS =
      "id, lane_id, kind, decision_id, plate_read_id, frame_id, detail, detail_sealed, raised_at";

  private final JdbcTransactions tx;
  private final String garageId;
  private final PlateCipher cipher;

  public JdbcLaneExceptions(JdbcTransactions tx, GarageLayout garage, PlateCipher cipher) {
    this.tx = tx;
    this.garageId = garage.id().value();
    this.cipher = cipher;
  }

  @Override
  public void save(LaneException e) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO lane_exception (id, garage_id, lane_id, kind, decision_id,"
                    + " plate_read_id, frame_id, detail_sealed, raised_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
      Sql.setUuid(ps, 1, e.id());
      ps.setString(2, garageId);
      ps.setString(3, e.laneId().value());
      ps.setString(4, e.kind().name());
      Sql.setUuid(ps, 5, e.decisionId());
      Sql.setUuid(ps, 6, e.readId());
      Sql.setUuid(ps, 7, e.frameId());
      ps.setBytes(8, cipher.seal(e.detail(), SealedContexts.EXCEPTION_DETAIL));
      Sql.setInstant(ps, 9, e.raisedAt());
      ps.executeUpdate();
      saveCandidates(e);
    } catch (SQLException ex) {
      throw new DataAccessException("cannot store lane exception " + e.id(), ex);
    }
  }

  /** The reads offered to the operator, by id only (their plates stay sealed in plate_read). */
  private void saveCandidates(LaneException e) throws SQLException {
    if (e.candidateReads().isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO lane_exception_read (exception_id, ordinal, plate_read_id)"
                    + " VALUES (?,?,?)")) {
      int ordinal = 0;
      for (UUID read : e.candidateReads()) {
        Sql.setUuid(ps, 1, e.id());
        ps.setInt(2, ordinal++);
        Sql.setUuid(ps, 3, read);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  @Override
  public Optional<LaneException> find(UUID id) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "SELECT " + COLUMNS + " FROM lane_exception WHERE garage_id = ? AND id = ?")) {
      ps.setString(1, garageId);
      Sql.setUuid(ps, 2, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(exception(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read lane exception " + id, e);
    }
  }

  @Override
  public List<LaneException> recent(LaneId lane, int limit) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM lane_exception"
            + " WHERE garage_id = ?"
            + (lane == null ? "" : " AND lane_id = ?")
            + " ORDER BY raised_at DESC, id DESC LIMIT ?";
    try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
      int i = 1;
      ps.setString(i++, garageId);
      if (lane != null) {
        ps.setString(i++, lane.value());
      }
      ps.setInt(i, limit);
      List<LaneException> found = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(exception(rs));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new DataAccessException("cannot read lane exceptions", e);
    }
  }

  private LaneException exception(ResultSet rs) throws SQLException {
    return new LaneException(
        Sql.getUuid(rs, "id"),
        new LaneId(rs.getString("lane_id")),
        LaneExceptionKind.valueOf(rs.getString("kind")),
        Sql.getUuid(rs, "decision_id"),
        SealedText.open(
            cipher,
            rs.getBytes("detail_sealed"),
            rs.getString("detail"),
            SealedContexts.EXCEPTION_DETAIL),
        Sql.getInstant(rs, "raised_at"),
        Sql.getUuid(rs, "plate_read_id"),
        Sql.getUuid(rs, "frame_id"));
  }
}
