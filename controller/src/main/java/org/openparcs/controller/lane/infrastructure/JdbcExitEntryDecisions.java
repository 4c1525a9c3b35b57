package org.openparcs.controller.lane.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.lane.application.ExitEntryDecision;
import org.openparcs.controller.lane.application.ExitEntryDecisions;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/** Operators' exit-entry decisions; their plates and the sessions' sealed (POLICY K1, V110). */
@Singleton
public class JdbcExitEntryDecisions implements ExitEntryDecisions {

  private final JdbcTransactions tx;
  private final String garageId;
  private final PlateCipher cipher;
  private final PlateLookup lookup;

  public JdbcExitEntryDecisions(
      JdbcTransactions tx, GarageLayout garage, PlateCipher cipher, PlateLookup lookup) {
    this.tx = tx;
    this.garageId = garage.id().value();
    this.cipher = cipher;
    this.lookup = lookup;
  }

  @Override
  public Optional<PlateText> decidedPlate(UUID decisionId) {
    return plate(
        "SELECT plate_sealed FROM access_decision WHERE id=?",
        decisionId,
        SealedContexts.DECISION_PLATE);
  }

  @Override
  public Optional<PlateText> openSessionPlate(UUID sessionId) {
    return plate(
        "SELECT plate_sealed FROM parking_session WHERE id=? AND exited_at IS NULL FOR UPDATE",
        sessionId,
        SealedContexts.SESSION_PLATE);
  }

  private Optional<PlateText> plate(String sql, UUID id, String context) {
    try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
      Sql.setUuid(ps, 1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        // A purged plate (R1) is no plate to match.
        String plate = cipher.openNullable(rs.getBytes(1), context);
        return plate == null ? Optional.empty() : Optional.of(PlateText.of(plate));
      }
    } catch (SQLException ex) {
      throw new DataAccessException("cannot read the plate of " + id, ex);
    }
  }

  @Override
  public void correctEntryPlate(UUID sessionId, PlateText exitPlate) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "UPDATE parking_session SET plate_hash=?, plate_folded_hash=?, plate_sealed=?"
                    + " WHERE id=? AND exited_at IS NULL")) {
      String plate = exitPlate.value();
      ps.setBytes(1, lookup.hash(plate));
      ps.setBytes(2, lookup.hash(PlateComparison.FOLDED.key(plate)));
      ps.setBytes(3, cipher.seal(plate, SealedContexts.SESSION_PLATE));
      Sql.setUuid(ps, 4, sessionId);
      ps.executeUpdate();
    } catch (SQLException ex) {
      throw new DataAccessException("cannot correct session " + sessionId, ex);
    }
  }

  @Override
  public boolean record(ExitEntryDecision d) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO exit_entry_decision (id, garage_id, exception_id, rule, session_id,"
                    + " entry_plate_sealed, exit_plate_sealed, operator, reason_sealed, decided_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?)")) {
      Sql.setUuid(ps, 1, d.id());
      ps.setString(2, garageId);
      Sql.setUuid(ps, 3, d.exceptionId());
      ps.setString(4, d.rule());
      Sql.setUuid(ps, 5, d.sessionId());
      ps.setBytes(
          6,
          cipher.sealNullable(
              d.entryPlate() == null ? null : d.entryPlate().value(),
              SealedContexts.EXIT_ENTRY_PLATE));
      ps.setBytes(7, cipher.seal(d.exitPlate().value(), SealedContexts.EXIT_EXIT_PLATE));
      ps.setString(8, d.operator());
      ps.setBytes(9, cipher.seal(d.reason(), SealedContexts.EXIT_ENTRY_REASON));
      Sql.setInstant(ps, 10, d.decidedAt());
      ps.executeUpdate();
      return true;
    } catch (SQLIntegrityConstraintViolationException duplicate) {
      return false;
    } catch (SQLException ex) {
      throw new DataAccessException("cannot record exit decision " + d.id(), ex);
    }
  }
}
