package org.openparcs.controller.tariff.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.controller.tariff.application.StaysInside;
import org.openparcs.controller.tariff.model.Discount;
import org.openparcs.controller.tariff.model.StayToQuote;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/**
 * Open sessions with their permit's validity and their merchant validations; a plate's session is
 * found by its lookup hash (POLICY K1, V110).
 */
@Singleton
public class JdbcStaysInside implements StaysInside {

  private static final String SELECT =
      "SELECT s.id, s.plate_sealed, s.entered_at, s.tariff_version, s.permit_id, p.valid_to,"
          + " (SELECT COALESCE(SUM(IF(m.kind = 'PAYMENT', m.amount_minor, -m.amount_minor)), 0)"
          + " FROM payment m WHERE m.session_id = s.id) AS paid,"
          + " EXISTS (SELECT 1 FROM exit_entry_decision d WHERE d.session_id = s.id"
          + " AND d.rule = 'LOST_TICKET') AS lost_ticket"
          + " FROM parking_session s LEFT JOIN permit p ON p.id = s.permit_id"
          + " WHERE s.garage_id = ? AND s.exited_at IS NULL AND ";

  private final JdbcTransactions tx;
  private final String garageId;
  private final PlateCipher cipher;
  private final PlateLookup lookup;

  public JdbcStaysInside(
      JdbcTransactions tx, GarageLayout garage, PlateCipher cipher, PlateLookup lookup) {
    this.tx = tx;
    this.garageId = garage.id().value();
    this.cipher = cipher;
    this.lookup = lookup;
  }

  @Override
  public Optional<StayToQuote> openStayOf(PlateText plate) {
    for (byte[] hash : lookup.candidates(plate.value())) {
      Optional<StayToQuote> found = find("s.open_plate_hash = ?", hash);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<StayToQuote> openStay(UUID sessionId) {
    return find("s.id = ?", sessionId.toString());
  }

  private Optional<StayToQuote> find(String condition, Object value) {
    try (PreparedStatement ps = tx.connection().prepareStatement(SELECT + condition)) {
      ps.setString(1, garageId);
      ps.setObject(2, value);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        UUID id = Sql.getUuid(rs, "id");
        return Optional.of(
            new StayToQuote(
                id,
                new PlateText(
                    cipher.open(rs.getBytes("plate_sealed"), SealedContexts.SESSION_PLATE)),
                Sql.getInstant(rs, "entered_at"),
                rs.getString("tariff_version"),
                Sql.getUuid(rs, "permit_id"),
                Sql.getInstant(rs, "valid_to"),
                discounts(id),
                rs.getLong("paid"),
                rs.getBoolean("lost_ticket")));
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the open session", e);
    }
  }

  private List<Discount> discounts(UUID session) throws SQLException {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "SELECT "
                    + DiscountRows.COLUMNS
                    + " FROM validation WHERE session_id = ? ORDER BY validated_at")) {
      Sql.setUuid(ps, 1, session);
      List<Discount> found = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(DiscountRows.discount(rs));
        }
      }
      return found;
    }
  }
}
