package org.openparcs.controller.session.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.session.application.Sessions;
import org.openparcs.controller.session.model.ClosedSession;
import org.openparcs.controller.session.model.OpenSession;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/**
 * Parking sessions, their plate sealed (POLICY K1, V110): found by the plate's lookup hash, or at a
 * folded exit by the hash of the folded plate; one open session per plate through the unique key on
 * {@code open_plate_hash}. During a lookup-key rotation the hashes under every configured key are
 * tried, and openings are serialised (see {@link #openUnlessOpen}).
 */
@Singleton
public class JdbcSessions implements Sessions {

  private static final String COLUMNS =
      "SELECT id, plate_sealed, permit_id, entry_lane_id, entry_decision_id, entered_at";

  private final JdbcTransactions tx;
  private final String garageId;
  private final PlateCipher cipher;
  private final PlateLookup lookup;

  public JdbcSessions(
      JdbcTransactions tx, GarageLayout garage, PlateCipher cipher, PlateLookup lookup) {
    this.tx = tx;
    this.garageId = garage.id().value();
    this.cipher = cipher;
    this.lookup = lookup;
  }

  @Override
  public Optional<OpenSession> openFor(PlateText plate) {
    List<byte[]> hashes = lookup.candidates(plate.value());
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                COLUMNS
                    + " FROM parking_session WHERE garage_id = ? AND open_plate_hash"
                    + (hashes.size() == 1 ? " = ?" : " IN (" + marks(hashes.size()) + ")")
                    + " FOR UPDATE")) {
      ps.setString(1, garageId);
      int i = 2;
      for (byte[] hash : hashes) {
        ps.setBytes(i++, hash);
      }
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(session(rs));
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the open session of a plate", e);
    }
  }

  @Override
  public List<OpenSession> openNear(Set<String> keys, PlateComparison comparison) {
    if (keys.isEmpty()) {
      return List.of();
    }
    // A folded key is hashed like a plate: plate_folded_hash is the hash of the folded plate.
    String column = comparison.foldOAndI() ? "open_plate_folded_hash" : "open_plate_hash";
    List<byte[]> hashes = new ArrayList<>();
    keys.forEach(key -> hashes.addAll(lookup.candidates(key)));
    String sql =
        COLUMNS
            + " FROM parking_session WHERE garage_id = ? AND "
            + column
            + " IN ("
            + marks(hashes.size())
            + ")";
    try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
      ps.setString(1, garageId);
      int i = 2;
      for (byte[] hash : hashes) {
        ps.setBytes(i++, hash);
      }
      List<OpenSession> found = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(session(rs));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the open sessions near a plate", e);
    }
  }

  private static String marks(int n) {
    return String.join(",", Collections.nCopies(n, "?"));
  }

  private OpenSession session(ResultSet rs) throws SQLException {
    return new OpenSession(
        Sql.getUuid(rs, "id"),
        new PlateText(cipher.open(rs.getBytes("plate_sealed"), SealedContexts.SESSION_PLATE)),
        Sql.getUuid(rs, "permit_id"),
        new LaneId(rs.getString("entry_lane_id")),
        Sql.getUuid(rs, "entry_decision_id"),
        Sql.getInstant(rs, "entered_at"));
  }

  /**
   * The unique key {@code session_one_open_per_plate} decides: no lock on the empty slot first.
   * While a lookup-key rotation is pending, an open session may still carry its old-key hash, which
   * the unique key does not see: openings then take the {@code session_opening_lock} row (held to
   * commit, so they run one at a time) and look for an open session under every key's hash first.
   */
  @Override
  public boolean openUnlessOpen(OpenSession s) {
    if (lookup.rotationPending()) {
      lockOpenings();
      if (openFor(s.plate()).isPresent()) {
        return false;
      }
    }
    try {
      open(s);
      return true;
    } catch (DataAccessException e) {
      if (e.getCause() instanceof SQLIntegrityConstraintViolationException duplicate
          && duplicate.getErrorCode() == 1062
          && String.valueOf(duplicate.getMessage()).contains("session_one_open_per_plate")) {
        return false;
      }
      throw e;
    }
  }

  private void lockOpenings() {
    try (PreparedStatement ps =
            tx.connection()
                .prepareStatement("SELECT id FROM session_opening_lock WHERE id = 1 FOR UPDATE");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new DataAccessException("the session opening lock row (V141) is missing", null);
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot take the session opening lock", e);
    }
  }

  @Override
  public void open(OpenSession s) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO parking_session (id, garage_id, plate_hash, plate_folded_hash,"
                    + " plate_sealed, permit_id, entry_lane_id, entry_decision_id, entered_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?)")) {
      String plate = s.plate().value();
      Sql.setUuid(ps, 1, s.id());
      ps.setString(2, garageId);
      ps.setBytes(3, lookup.hash(plate));
      ps.setBytes(4, lookup.hash(PlateComparison.FOLDED.key(plate)));
      ps.setBytes(5, cipher.seal(plate, SealedContexts.SESSION_PLATE));
      Sql.setUuid(ps, 6, s.permitId());
      ps.setString(7, s.entryLane().value());
      Sql.setUuid(ps, 8, s.entryDecisionId());
      Sql.setInstant(ps, 9, s.enteredAt());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot open session " + s.id(), e);
    }
  }

  @Override
  public void close(ClosedSession s) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "UPDATE parking_session SET exit_lane_id = ?, exit_decision_id = ?, exited_at = ?"
                    + " WHERE id = ? AND exited_at IS NULL")) {
      ps.setString(1, s.exitLane().value());
      Sql.setUuid(ps, 2, s.exitDecisionId());
      Sql.setInstant(ps, 3, s.exitedAt());
      Sql.setUuid(ps, 4, s.id());
      if (ps.executeUpdate() != 1) {
        throw new DataAccessException("session " + s.id() + " was not open", null);
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot close session " + s.id(), e);
    }
  }
}
