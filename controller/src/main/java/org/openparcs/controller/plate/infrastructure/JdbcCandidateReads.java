package org.openparcs.controller.plate.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openparcs.controller.plate.application.CandidateReads;
import org.openparcs.controller.plate.model.CandidateRead;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.protection.PlateCipher;

/**
 * The candidate reads of exceptions ({@code lane_exception_read}) with their plates opened from
 * {@code plate_read} (POLICY K1); a read purged since (POLICY R1) is no longer offered.
 */
@Singleton
public class JdbcCandidateReads implements CandidateReads {

  private final JdbcTransactions tx;
  private final PlateCipher cipher;

  public JdbcCandidateReads(JdbcTransactions tx, PlateCipher cipher) {
    this.tx = tx;
    this.cipher = cipher;
  }

  @Override
  public Map<UUID, List<CandidateRead>> forExceptions(Collection<UUID> exceptionIds) {
    Map<UUID, List<CandidateRead>> found = new LinkedHashMap<>();
    if (exceptionIds.isEmpty()) {
      return found;
    }
    String marks = exceptionIds.stream().map(id -> "?").collect(Collectors.joining(","));
    String sql =
        "SELECT c.exception_id, r.id, r.plate_sealed, r.confidence, r.char_confidences,"
            + " r.frame_id FROM lane_exception_read c JOIN plate_read r ON r.id = c.plate_read_id"
            + " WHERE c.exception_id IN ("
            + marks
            + ") ORDER BY c.exception_id, c.ordinal";
    try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
      int i = 1;
      for (UUID id : exceptionIds) {
        Sql.setUuid(ps, i++, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String text = cipher.openNullable(rs.getBytes("plate_sealed"), JdbcPlateReads.PLATE);
          if (text == null) {
            continue; // its plate was purged (POLICY R1)
          }
          found
              .computeIfAbsent(Sql.getUuid(rs, "exception_id"), k -> new java.util.ArrayList<>())
              .add(
                  new CandidateRead(
                      Sql.getUuid(rs, "id"),
                      text,
                      rs.getBigDecimal("confidence").doubleValue(),
                      CharConfidences.parse(rs.getString("char_confidences")),
                      Sql.getUuid(rs, "frame_id")));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the candidate reads of exceptions", e);
    }
  }
}
