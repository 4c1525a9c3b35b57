package org.openparcs.controller.plate.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.plate.application.PlateCorrections;
import org.openparcs.controller.plate.model.PlateCorrection;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/**
 * The {@code plate_correction} table. Both texts are sealed and compared through their lookup
 * hashes (POLICY K1, V115): a dump shows neither what was read nor what the operator corrected.
 */
@Singleton
public class JdbcPlateCorrections implements PlateCorrections {

  private final JdbcTransactions tx;
  private final String garageId;
  private final PlateCipher cipher;
  private final PlateLookup lookup;

  public JdbcPlateCorrections(
      JdbcTransactions tx, GarageLayout garage, PlateCipher cipher, PlateLookup lookup) {
    this.tx = tx;
    this.garageId = garage.id().value();
    this.cipher = cipher;
    this.lookup = lookup;
  }

  @Override
  public void save(PlateCorrection c) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO plate_correction (id, garage_id, lane_id, plate_read_id,"
                    + " exception_id, corrected_read_id, original_hash, original_sealed,"
                    + " corrected_hash, corrected_sealed, operator, reason_sealed, corrected_at,"
                    + " decision_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      Sql.setUuid(ps, 1, c.id());
      ps.setString(2, garageId);
      ps.setString(3, c.laneId().value());
      Sql.setUuid(ps, 4, c.readId());
      Sql.setUuid(ps, 5, c.exceptionId());
      Sql.setUuid(ps, 6, c.correctedReadId());
      String original = c.originalText() == null ? null : c.originalText().value();
      ps.setBytes(7, lookup.hashNullable(original));
      ps.setBytes(8, cipher.sealNullable(original, SealedContexts.CORRECTION_ORIGINAL));
      ps.setBytes(9, lookup.hash(c.correctedText().value()));
      ps.setBytes(10, cipher.seal(c.correctedText().value(), SealedContexts.CORRECTION_CORRECTED));
      ps.setString(11, c.operator());
      ps.setBytes(12, cipher.seal(c.reason(), SealedContexts.CORRECTION_REASON));
      Sql.setInstant(ps, 13, c.correctedAt());
      Sql.setUuid(ps, 14, c.decisionId());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot store plate correction " + c.id(), e);
    }
  }

  @Override
  public void decided(UUID correctionId, UUID decisionId) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "UPDATE plate_correction SET decision_id = ? WHERE garage_id = ? AND id = ?")) {
      Sql.setUuid(ps, 1, decisionId);
      ps.setString(2, garageId);
      Sql.setUuid(ps, 3, correctionId);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException(
          "cannot link correction " + correctionId + " to its decision", e);
    }
  }
}
