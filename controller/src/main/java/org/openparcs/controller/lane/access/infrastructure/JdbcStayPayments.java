package org.openparcs.controller.lane.access.infrastructure;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.lane.access.application.StayPayments;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;

/** The last payment of a session (index {@code payment_by_session}). */
final class JdbcStayPayments implements StayPayments {

  private final JdbcTransactions tx;

  JdbcStayPayments(JdbcTransactions tx) {
    this.tx = tx;
  }

  @Override
  public Optional<Instant> lastPaidAt(UUID sessionId) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "SELECT MAX(occurred_at) AS at FROM payment WHERE session_id = ?"
                    + " AND kind = 'PAYMENT'")) {
      Sql.setUuid(ps, 1, sessionId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return Optional.ofNullable(Sql.getInstant(rs, "at"));
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the payments of session " + sessionId, e);
    }
  }
}
