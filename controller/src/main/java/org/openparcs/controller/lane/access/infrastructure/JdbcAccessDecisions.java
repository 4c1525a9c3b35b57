package org.openparcs.controller.lane.access.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.stream.Collectors;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.lane.access.application.AccessDecisions;
import org.openparcs.controller.lane.access.model.AccessDecision;
import org.openparcs.controller.lane.access.model.RecordedDecision;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;

@Singleton
public class JdbcAccessDecisions implements AccessDecisions {

  private final JdbcTransactions tx;
  private final String garageId;

  public JdbcAccessDecisions(JdbcTransactions tx, GarageLayout garage) {
    this.tx = tx;
    this.garageId = garage.id().value();
  }

  @Override
  public void save(RecordedDecision d) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO access_decision (id, garage_id, lane_id, plate_read_id, plate,"
                    + " outcome, rule, reason, permit_id, decided_at, matched_plate, plate_match,"
                    + " match_detail, read_basis, reads_agreeing)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      Sql.setUuid(ps, 1, d.id());
      ps.setString(2, garageId);
      ps.setString(3, d.laneId().value());
      Sql.setUuid(ps, 4, d.plateReadId());
      ps.setString(5, d.plate().value());
      AccessDecision decision = d.decision();
      ps.setString(6, decision.match(g -> "GRANTED", n -> "DENIED"));
      ps.setString(7, decision.rule());
      ps.setString(8, decision.match(g -> null, n -> n.reason().name()));
      Sql.setUuid(ps, 9, decision.match(AccessDecision.Granted::permitId, n -> null));
      Sql.setInstant(ps, 10, d.decidedAt());
      ps.setString(11, d.match().matched().map(PlateText::value).orElse(null));
      ps.setString(12, d.match().kind().name());
      ps.setString(13, matchDetail(d));
      ps.setString(14, d.basis().name());
      ps.setInt(15, d.reads());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot store access decision " + d.id(), e);
    }
  }

  /** What was substituted, or which plates tied; at most the column's 100 characters. */
  private static String matchDetail(RecordedDecision d) {
    String detail =
        d.match().tied().isEmpty()
            ? d.match().detail()
            : d.match().tied().stream().map(PlateText::value).collect(Collectors.joining(" "));
    if (detail.isEmpty()) {
      return null;
    }
    return detail.length() <= 100 ? detail : detail.substring(0, 97) + "...";
  }
}
