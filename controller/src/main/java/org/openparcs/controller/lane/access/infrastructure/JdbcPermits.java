package org.openparcs.controller.lane.access.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.openparcs.controller.garage.model.GarageId;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.lane.access.application.Permits;
import org.openparcs.controller.lane.access.model.Permit;
import org.openparcs.controller.lane.access.model.PermitKind;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;

@Singleton
public class JdbcPermits implements Permits {

  private static final String COLUMNS = "id, plate, holder, kind, valid_from, valid_to";

  private final JdbcTransactions tx;
  private final GarageId garage;

  public JdbcPermits(JdbcTransactions tx, GarageLayout layout) {
    this.tx = tx;
    this.garage = layout.id();
  }

  @Override
  public void save(Permit p) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO permit (id, garage_id, plate, holder, kind, valid_from, valid_to,"
                    + " created_at) VALUES (?,?,?,?,?,?,?,UTC_TIMESTAMP(6))")) {
      Sql.setUuid(ps, 1, p.id());
      ps.setString(2, p.garageId().value());
      ps.setString(3, p.plate().value());
      ps.setString(4, p.holder());
      ps.setString(5, p.kind().name());
      Sql.setInstant(ps, 6, p.validFrom());
      Sql.setInstant(ps, 7, p.validTo());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot store permit " + p.id(), e);
    }
  }

  @Override
  public List<Permit> forPlate(PlateText plate) {
    return query(
        "SELECT " + COLUMNS + " FROM permit WHERE garage_id = ? AND plate = ? LIMIT 1000",
        List.of(plate.value()));
  }

  @Override
  public List<Permit> near(Set<String> keys, PlateComparison comparison) {
    if (keys.isEmpty()) {
      return List.of();
    }
    String column = comparison.foldOAndI() ? "plate_folded" : "plate";
    String marks = String.join(",", Collections.nCopies(keys.size(), "?"));
    return query(
        "SELECT "
            + COLUMNS
            + " FROM permit WHERE garage_id = ? AND "
            + column
            + " IN ("
            + marks
            + ") LIMIT 1000",
        List.copyOf(keys));
  }

  @Override
  public List<Permit> list(int limit) {
    return query(
        "SELECT " + COLUMNS + " FROM permit WHERE garage_id = ? ORDER BY id DESC LIMIT ?",
        List.of(limit));
  }

  private List<Permit> query(String sql, List<Object> params) {
    try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
      ps.setString(1, garage.value());
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 2, params.get(i));
      }
      List<Permit> permits = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          permits.add(
              new Permit(
                  Sql.getUuid(rs, "id"),
                  garage,
                  new PlateText(rs.getString("plate")),
                  rs.getString("holder"),
                  PermitKind.valueOf(rs.getString("kind")),
                  Sql.getInstant(rs, "valid_from"),
                  Sql.getInstant(rs, "valid_to")));
        }
      }
      return permits;
    } catch (SQLException e) {
      throw new DataAccessException("cannot read permits", e);
    }
  }
}
