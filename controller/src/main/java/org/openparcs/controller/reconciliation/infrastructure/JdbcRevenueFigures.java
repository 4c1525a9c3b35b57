package org.openparcs.controller.reconciliation.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.reconciliation.application.RevenueFigures;
import org.openparcs.controller.reconciliation.model.Period;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.controller.tariff.infrastructure.DiscountRows;
import org.openparcs.controller.tariff.model.Discount;

/** Revenue figures: visitor stays streamed, money grouped in the database. */
@Singleton
public class JdbcRevenueFigures implements RevenueFigures {

  private static final String STAYS =
      " FROM parking_session s WHERE s.garage_id = ? AND s.exited_at >= ? AND s.exited_at < ?"
          + " AND s.permit_id IS NULL";

  private final JdbcTransactions tx;
  private final String garageId;

  public JdbcRevenueFigures(JdbcTransactions tx, GarageLayout garage) {
    this.tx = tx;
    this.garageId = garage.id().value();
  }

  @Override
  public void forEachVisitorStay(Period period, Consumer<StayFigure> consumer) {
    Map<UUID, List<Discount>> discounts = discounts(period);
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "SELECT s.id, s.entered_at, s.exited_at, s.exit_lane_id, s.tariff_version"
                    + STAYS)) {
      ps.setFetchSize(10_000);
      Rows.bind(ps, garageId, period.from(), period.to());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          UUID id = Sql.getUuid(rs, "id");
          consumer.accept(
              new StayFigure(
                  id,
                  Sql.getInstant(rs, "entered_at"),
                  Sql.getInstant(rs, "exited_at"),
                  rs.getString("exit_lane_id"),
                  rs.getString("tariff_version"),
                  discounts.getOrDefault(id, List.of())));
        }
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the period's visitor stays", e);
    }
  }

  @Override
  public List<CollectedFigure> collected(Period period) {
    return Rows.list(
        tx.connection(),
        "money collected",
        "SELECT DATE_FORMAT(p.occurred_at, '%Y-%m-%d %H:00:00') AS h,"
            + " COALESCE(p.lane_id, s.exit_lane_id, '-') AS lane, p.method,"
            + " COALESCE(p.cashier, '-') AS cashier,"
            + " SUM(CASE WHEN p.kind = 'PAYMENT' THEN p.amount_minor ELSE -p.amount_minor END)"
            + " AS net, COUNT(*) AS n FROM payment p"
            + " LEFT JOIN parking_session s ON s.id = p.session_id"
            + " WHERE p.garage_id = ? AND p.occurred_at >= ? AND p.occurred_at < ?"
            + " GROUP BY h, lane, p.method, cashier",
        rs ->
            new CollectedFigure(
                SqlMoneyRecords.hour(rs, "h"),
                rs.getString("lane"),
                rs.getString("method"),
                rs.getString("cashier"),
                rs.getLong("net"),
                rs.getLong("n")),
        garageId,
        period.from(),
        period.to());
  }

  private Map<UUID, List<Discount>> discounts(Period period) {
    Map<UUID, List<Discount>> found = new HashMap<>();
    for (Object[] row :
        Rows.list(
            tx.connection(),
            "validations of the period's stays",
            "SELECT v.session_id, "
                + DiscountRows.COLUMNS.replace("kind", "v.kind").replace("currency", "v.currency")
                + " FROM validation v JOIN parking_session s ON s.id = v.session_id"
                + " WHERE s.garage_id = ? AND s.exited_at >= ? AND s.exited_at < ?"
                + " AND s.permit_id IS NULL ORDER BY v.validated_at",
            rs -> new Object[] {Sql.getUuid(rs, "session_id"), DiscountRows.discount(rs)},
            garageId,
            period.from(),
            period.to())) {
      found.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((Discount) row[1]);
    }
    return found;
  }
}
