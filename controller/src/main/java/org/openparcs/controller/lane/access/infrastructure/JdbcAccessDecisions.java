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
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/**
 * Access decisions; the decided and the matched plate sealed, the decided plate also hashed for the
 * reconciliation's entry/exit comparison and legal holds (POLICY K1, V110).
 */
@Singleton
public class JdbcAccessDecisions implements AccessDecisions {

  private final JdbcTransactions tx;
  private final String garageId;
  private final PlateCipher cipher;
  private final PlateLookup lookup;

  public JdbcAccessDecisions(
      JdbcTransactions tx, GarageLayout garage, PlateCipher cipher, PlateLookup lookup) {
    this.tx = tx;
    this.garageId = garage.id().value();
    this.cipher = cipher;
    this.lookup = lookup;
  }

  @Override
  public void save(RecordedDecision d) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO access_decision (id, garage_id, lane_id, plate_read_id, plate_sealed,"
                    + " outcome, rule, reason, permit_id, decided_at, matched_plate_sealed,"
                    + " plate_match, match_detail, read_basis, reads_agreeing, plate_hash,"
                    + " tied_plates_sealed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      Sql.setUuid(ps, 1, d.id());
      ps.setString(2, garageId);
      ps.setString(3, d.laneId().value());
      Sql.setUuid(ps, 4, d.plateReadId());
      ps.setBytes(5, cipher.seal(d.plate().value(), SealedContexts.DECISION_PLATE));
      AccessDecision decision = d.decision();
      ps.setString(6, decision.match(g -> "GRANTED", n -> "DENIED"));
      ps.setString(7, decision.rule());
      ps.setString(8, decision.match(g -> null, n -> n.reason().name()));
      Sql.setUuid(ps, 9, decision.match(AccessDecision.Granted::permitId, n -> null));
      Sql.setInstant(ps, 10, d.decidedAt());
      ps.setBytes(
          11,
          cipher.sealNullable(
              d.match().matched().map(PlateText::value).orElse(null),
              SealedContexts.DECISION_MATCHED_PLATE));
      ps.setString(12, d.match().kind().name());
      ps.setString(13, matchDetail(d));
      ps.setString(14, d.basis().name());
      ps.setInt(15, d.reads());
      ps.setBytes(16, lookup.hash(d.plate().value()));
      ps.setBytes(17, cipher.sealNullable(tied(d), SealedContexts.DECISION_TIED_PLATES));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot store access decision " + d.id(), e);
    }
  }

  /** What was substituted (no plate); at most the column's 100 characters. */
  private static String matchDetail(RecordedDecision d) {
    return shortened(d.match().detail());
  }

  /** Which plates tied (sealed: POLICY K1); null when none. */
  private static String tied(RecordedDecision d) {
    return d.match().tied().isEmpty()
        ? null
        : shortened(
            d.match().tied().stream().map(PlateText::value).collect(Collectors.joining(" ")));
  }

  private static String shortened(String detail) {
    if (detail.isEmpty()) {
      return null;
    }
    return detail.length() <= 100 ? detail : detail.substring(0, 97) + "...";
  }
}
