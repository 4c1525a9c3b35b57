package org.openparcs.controller.occupancy.infrastructure;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.occupancy.application.Occupancies;
import org.openparcs.controller.occupancy.model.GroupOccupancy;
import org.openparcs.controller.occupancy.model.PermitGroup;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;

/**
 * Occupancy from the open sessions (index {@code session_one_open_per_plate}): live by
 * construction, since a session opens and closes when the lane counts the vehicle through.
 */
final class JdbcOccupancies implements Occupancies {

  private static final String GROUP_INSIDE =
      "(SELECT COUNT(*) FROM parking_session s JOIN permit p ON p.id = s.permit_id"
          + " WHERE s.garage_id = ? AND s.open_plate_hash IS NOT NULL AND p.garage_id = ?"
          + " AND p.holder = ?)";

  private final JdbcTransactions tx;
  private final String garageId;
  private final Clock clock;

  JdbcOccupancies(JdbcTransactions tx, GarageLayout garage, Clock clock) {
    this.tx = tx;
    this.garageId = garage.id().value();
    this.clock = clock;
  }

  @Override
  public int[] inside() {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "SELECT COUNT(*), COALESCE(SUM(permit_id IS NULL), 0) FROM parking_session"
                    + " WHERE garage_id = ? AND open_plate_hash IS NOT NULL")) {
      ps.setString(1, garageId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new int[] {rs.getInt(1), rs.getInt(2)};
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot count the vehicles inside", e);
    }
  }

  @Override
  public List<GroupOccupancy> groups() {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "SELECT holder, parks FROM permit_group WHERE garage_id = ? ORDER BY holder")) {
      ps.setString(1, garageId);
      List<String[]> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      List<GroupOccupancy> groups = new ArrayList<>();
      for (String[] r : rows) {
        groups.add(new GroupOccupancy(r[0], Integer.parseInt(r[1]), insideOf(r[0])));
      }
      return groups;
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the permit groups", e);
    }
  }

  @Override
  public GroupOccupancy group(String holder) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                // One round trip: this runs in the decision's transaction, before the barrier.
                "SELECT COALESCE((SELECT parks FROM permit_group WHERE garage_id = ?"
                    + " AND holder = ?), (SELECT COUNT(*) FROM permit WHERE garage_id = ?"
                    + " AND holder = ?)), "
                    + GROUP_INSIDE)) {
      ps.setString(1, garageId);
      ps.setString(2, holder);
      ps.setString(3, garageId);
      ps.setString(4, holder);
      ps.setString(5, garageId);
      ps.setString(6, garageId);
      ps.setString(7, holder);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new GroupOccupancy(holder, rs.getInt(1), rs.getInt(2));
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the permit group of " + holder, e);
    }
  }

  @Override
  public Optional<GroupOccupancy> limitingGroup(String holder) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "SELECT g.parks, "
                    + GROUP_INSIDE
                    + " FROM permit_group g"
                    + " WHERE g.garage_id = ? AND g.holder = ?")) {
      ps.setString(1, garageId);
      ps.setString(2, garageId);
      ps.setString(3, holder);
      ps.setString(4, garageId);
      ps.setString(5, holder);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new GroupOccupancy(holder, rs.getInt(1), rs.getInt(2)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the permit group of " + holder, e);
    }
  }

  @Override
  public void saveGroup(PermitGroup group) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO permit_group (garage_id, holder, parks, updated_at) VALUES (?,?,?,?)"
                    + " ON DUPLICATE KEY UPDATE parks = VALUES(parks),"
                    + " updated_at = VALUES(updated_at)")) {
      ps.setString(1, garageId);
      ps.setString(2, group.holder());
      ps.setInt(3, group.parks());
      Sql.setInstant(ps, 4, clock.instant());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot store the permit group of " + group.holder(), e);
    }
  }

  private int insideOf(String holder) throws SQLException {
    try (PreparedStatement ps = tx.connection().prepareStatement("SELECT " + GROUP_INSIDE)) {
      ps.setString(1, garageId);
      ps.setString(2, garageId);
      ps.setString(3, holder);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
