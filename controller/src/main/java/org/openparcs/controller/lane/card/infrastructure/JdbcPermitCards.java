package org.openparcs.controller.lane.card.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openparcs.controller.garage.model.GarageId;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.lane.card.application.PermitCards;
import org.openparcs.controller.lane.card.model.CardNumber;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.protection.PlateCipher;

/** Cards of permits; a permit's plate is sealed (POLICY K1) and opened here. */
@Singleton
public class JdbcPermitCards implements PermitCards {

  private static final String PERMIT_PLATE = SealedContexts.of("permit", "plate");

  private final JdbcTransactions tx;
  private final GarageId garage;
  private final PlateCipher cipher;

  public JdbcPermitCards(JdbcTransactions tx, GarageLayout layout, PlateCipher cipher) {
    this.tx = tx;
    this.garage = layout.id();
    this.cipher = cipher;
  }

  @Override
  public void assign(UUID permitId, CardNumber card, Instant at) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO permit_card (permit_id, garage_id, card_number, assigned_at)"
                    + " VALUES (?,?,?,?) ON DUPLICATE KEY UPDATE card_number = VALUES(card_number),"
                    + " assigned_at = VALUES(assigned_at)")) {
      Sql.setUuid(ps, 1, permitId);
      ps.setString(2, garage.value());
      ps.setString(3, card.value());
      Sql.setInstant(ps, 4, at);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot store the card of permit " + permitId, e);
    }
  }

  @Override
  public List<PlateText> platesOf(CardNumber card) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "SELECT DISTINCT p.plate_sealed, p.id FROM permit_card c JOIN permit p ON p.id = c.permit_id"
                    + " WHERE c.garage_id = ? AND c.card_number = ? ORDER BY p.id DESC LIMIT 100")) {
      ps.setString(1, garage.value());
      ps.setString(2, card.value());
      List<PlateText> plates = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          PlateText plate = new PlateText(cipher.open(rs.getBytes("plate_sealed"), PERMIT_PLATE));
          if (!plates.contains(plate)) {
            plates.add(plate);
          }
        }
      }
      return plates;
    } catch (SQLException e) {
      throw new DataAccessException("cannot look up card " + card, e);
    }
  }

  @Override
  public boolean permitExists(UUID permitId) {
    try (PreparedStatement ps =
        tx.connection().prepareStatement("SELECT 1 FROM permit WHERE id = ? AND garage_id = ?")) {
      Sql.setUuid(ps, 1, permitId);
      ps.setString(2, garage.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot look up permit " + permitId, e);
    }
  }

  @Override
  public CardNumber cardOf(UUID permitId) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement("SELECT card_number FROM permit_card WHERE permit_id = ?")) {
      Sql.setUuid(ps, 1, permitId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new CardNumber(rs.getString(1)) : null;
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the card of permit " + permitId, e);
    }
  }
}
