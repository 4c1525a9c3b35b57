package org.openparcs.controller.lane.control.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.application.LaneModeChanges;
import org.openparcs.controller.lane.control.model.LaneMode;
import org.openparcs.controller.lane.control.model.LaneModeChange;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.protection.PlateCipher;

/**
 * The {@code lane_mode_change} table. The operator's reason can name a plate, so it is sealed
 * (POLICY K1, V140).
 */
@Singleton
public class JdbcLaneModeChanges implements LaneModeChanges {

  private final JdbcTransactions tx;
  private final String garageId;
  private final PlateCipher cipher;

  public JdbcLaneModeChanges(JdbcTransactions tx, GarageLayout garage, PlateCipher cipher) {
    this.tx = tx;
    this.garageId = garage.id().value();
    this.cipher = cipher;
  }

  @Override
  public void save(LaneModeChange c) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO lane_mode_change (id, garage_id, lane_id, from_mode, to_mode,"
                    + " operator, reason_sealed, changed_at) VALUES (?,?,?,?,?,?,?,?)")) {
      Sql.setUuid(ps, 1, c.id());
      ps.setString(2, garageId);
      ps.setString(3, c.laneId().value());
      ps.setString(4, c.from().name());
      ps.setString(5, c.to().name());
      ps.setString(6, c.operator());
      ps.setBytes(7, cipher.seal(c.reason(), SealedContexts.LANE_MODE_REASON));
      Sql.setInstant(ps, 8, c.changedAt());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot store lane mode change " + c.id(), e);
    }
  }

  @Override
  public Map<LaneId, LaneMode> current() {
    // The latest change of each lane; rows are ordered by id (time-ordered) for equal times.
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "SELECT c.lane_id, c.to_mode FROM lane_mode_change c JOIN (SELECT lane_id,"
                    + " MAX(changed_at) AS at FROM lane_mode_change WHERE garage_id = ?"
                    + " GROUP BY lane_id) latest ON latest.lane_id = c.lane_id"
                    + " AND latest.at = c.changed_at ORDER BY c.id")) {
      ps.setString(1, garageId);
      Map<LaneId, LaneMode> modes = new HashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          modes.put(new LaneId(rs.getString(1)), LaneMode.valueOf(rs.getString(2)));
        }
      }
      return modes;
    } catch (SQLException e) {
      throw new DataAccessException("cannot read lane modes", e);
    }
  }

  @Override
  public Optional<String> lastOperator(LaneId lane) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "SELECT operator FROM lane_mode_change WHERE garage_id = ? AND lane_id = ?"
                    + " ORDER BY changed_at DESC, id DESC LIMIT 1")) {
      ps.setString(1, garageId);
      ps.setString(2, lane.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the last mode change of lane " + lane, e);
    }
  }
}
