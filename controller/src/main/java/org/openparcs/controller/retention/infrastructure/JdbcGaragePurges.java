package org.openparcs.controller.retention.infrastructure;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.retention.application.GaragePurges;
import org.openparcs.controller.retention.application.ReceivedOrder;
import org.openparcs.controller.retention.model.GaragePurge;
import org.openparcs.controller.retention.model.PurgeCounts;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.protection.PlateCipher;

/**
 * The {@code garage_purge} table. An order can name held plates, so it is kept sealed (POLICY K1,
 * V115); nothing reads it back, it is there for an audit with the keys.
 */
final class JdbcGaragePurges implements GaragePurges {

  private static final String COLUMNS =
      "order_id, run_id, status, received_at, finished_at, confirmed_at, counts_json, problem";

  private final JdbcTransactions tx;
  private final JsonMapper json;
  private final PlateCipher cipher;

  JdbcGaragePurges(JdbcTransactions tx, JsonMapper json, PlateCipher cipher) {
    this.tx = tx;
    this.json = json;
    this.cipher = cipher;
  }

  @Override
  public Optional<GaragePurge> find(UUID orderId) {
    List<GaragePurge> found =
        query("SELECT " + COLUMNS + " FROM garage_purge WHERE order_id = ?", orderId.toString());
    return found.stream().findFirst();
  }

  @Override
  public void started(ReceivedOrder order, Instant at) {
    upsert(order, "RUNNING", null, at);
  }

  @Override
  public void refused(ReceivedOrder order, String reason, Instant at) {
    upsert(order, "REFUSED", reason.length() > 500 ? reason.substring(0, 500) : reason, at);
  }

  @Override
  public void finished(UUID orderId, PurgeCounts counts, Instant at) {
    update(
        "UPDATE garage_purge SET status = 'DONE', finished_at = ?, counts_json = ? WHERE order_id = ?",
        at,
        write(counts.asMap()),
        orderId);
  }

  @Override
  public void confirmed(UUID orderId, Instant at) {
    update(
        "UPDATE garage_purge SET status = 'CONFIRMED', confirmed_at = ? WHERE order_id = ?",
        at,
        null,
        orderId);
  }

  @Override
  public List<GaragePurge> recent(int limit) {
    return query(
        "SELECT " + COLUMNS + " FROM garage_purge ORDER BY received_at DESC LIMIT " + limit);
  }

  private void upsert(ReceivedOrder order, String status, String problem, Instant at) {
    tx.inTransaction(
        () -> {
          try (PreparedStatement ps =
              tx.connection()
                  .prepareStatement(
                      "INSERT INTO garage_purge (order_id, run_id, status, order_sealed,"
                          + " received_at, problem) VALUES (?,?,?,?,?,?) ON DUPLICATE KEY UPDATE"
                          + " status = VALUES(status), problem = VALUES(problem)")) {
            Sql.setUuid(ps, 1, order.order().id());
            ps.setLong(2, order.order().runId());
            ps.setString(3, status);
            ps.setBytes(4, cipher.seal(order.document(), SealedContexts.PURGE_ORDER));
            Sql.setInstant(ps, 5, at);
            ps.setString(6, problem);
            ps.executeUpdate();
            return null;
          } catch (SQLException e) {
            throw new DataAccessException("cannot record purge order " + order.order().id(), e);
          }
        });
  }

  private void update(String sql, Instant at, String counts, UUID orderId) {
    tx.inTransaction(
        () -> {
          try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            int i = 1;
            Sql.setInstant(ps, i++, at);
            if (counts != null) {
              ps.setString(i++, counts);
            }
            Sql.setUuid(ps, i, orderId);
            ps.executeUpdate();
            return null;
          } catch (SQLException e) {
            throw new DataAccessException("cannot record purge order " + orderId, e);
          }
        });
  }

  private List<GaragePurge> query(String sql, String... args) {
    return tx.readOnly(
        () -> {
          try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
              ps.setString(i + 1, args[i]);
            }
            List<GaragePurge> purges = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                purges.add(
                    new GaragePurge(
                        Sql.getUuid(rs, "order_id"),
                        rs.getLong("run_id"),
                        GaragePurge.Status.valueOf(rs.getString("status")),
                        Sql.getInstant(rs, "received_at"),
                        Sql.getInstant(rs, "finished_at"),
                        Sql.getInstant(rs, "confirmed_at"),
                        read(rs.getString("counts_json")),
                        rs.getString("problem")));
              }
            }
            return purges;
          } catch (SQLException e) {
            throw new DataAccessException("cannot read garage purges", e);
          }
        });
  }

  private String write(Map<String, Long> counts) {
    try {
      return json.writeValueAsString(counts);
    } catch (IOException e) {
      throw new DataAccessException("cannot write purge counts", e);
    }
  }

  private PurgeCounts read(String text) {
    if (text == null) {
      return new PurgeCounts();
    }
    try {
      Map<String, Long> counts = json.readValue(text, Argument.mapOf(String.class, Long.class));
      return PurgeCounts.of(counts);
    } catch (IOException e) {
      throw new DataAccessException("cannot read purge counts", e);
    }
  }
}
