package org.openparcs.controller.reporting.infrastructure;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.protection.infrastructure.SealedText;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.reporting.model.GarageEvent;
import org.openparcs.controller.shared.application.ChangeNotices;
import org.openparcs.controller.shared.infrastructure.Correlation;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.controller.shared.model.TimeOrderedId;
import org.openparcs.protection.PlateCipher;

/**
 * The outbox table: events appended with their records, read and marked by the relay. Payloads name
 * plates, so they are sealed (POLICY K1, V115) and opened only when read for sending. Every record
 * the console shows is appended here in its transaction, so its commit is also when the console
 * hears of it ({@link ChangeNotices.Topic#RECORDS}).
 */
@Singleton
public class JdbcOutbox implements Outbox {

  /** An event waiting for delivery. */
  public record Pending(long seq, UUID eventId, String type, Instant occurredAt, String payload) {}

  private final JdbcTransactions tx;
  private final JsonMapper json;
  private final PlateCipher cipher;
  private final ChangeNotices notices;

  public JdbcOutbox(
      JdbcTransactions tx, JsonMapper json, PlateCipher cipher, ChangeNotices notices) {
    this.tx = tx;
    this.json = json;
    this.cipher = cipher;
    this.notices = notices;
  }

  @Override
  public void append(GarageEvent event, Instant occurredAt) {
    String payload;
    try {
      payload = json.writeValueAsString(withCorrelation(EventPayloads.of(event)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise " + event.type(), e);
    }
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO outbox (event_id, event_type, occurred_at, payload_sealed)"
                    + " VALUES (?,?,?,?)")) {
      Sql.setUuid(ps, 1, TimeOrderedId.at(occurredAt));
      ps.setString(2, event.type());
      Sql.setInstant(ps, 3, occurredAt);
      ps.setBytes(
          4,
          cipher.sealBytes(
              payload.getBytes(StandardCharsets.UTF_8), SealedContexts.OUTBOX_PAYLOAD));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot append " + event.type() + " to the outbox", e);
    }
    tx.afterCommit(() -> notices.changed(ChangeNotices.Topic.RECORDS));
  }

  /**
   * Adds the correlation id (see {@link Correlation}): the current push's, or, for an event of a
   * decision reported later by the lane, the decision's.
   */
  private static Map<String, Object> withCorrelation(Map<String, Object> payload) {
    Object decision = payload.get("decisionId");
    String correlation = Correlation.current();
    if (correlation == null && decision != null) {
      correlation = Correlation.ofDecision(decision.toString());
    }
    if (correlation != null) {
      payload.put("correlationId", correlation);
      if (decision != null) {
        Correlation.remember(decision.toString(), correlation);
      }
    }
    return payload;
  }

  /** The oldest undelivered events, in the order they were appended. */
  public List<Pending> pending(int limit) {
    return tx.readOnly(
        () -> {
          try (PreparedStatement ps =
              tx.connection()
                  .prepareStatement(
                      "SELECT seq, event_id, event_type, occurred_at, payload, payload_sealed"
                          + " FROM outbox"
                          + " WHERE delivered_at IS NULL ORDER BY seq LIMIT ?")) {
            ps.setInt(1, limit);
            List<Pending> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                events.add(
                    new Pending(
                        rs.getLong("seq"),
                        Sql.getUuid(rs, "event_id"),
                        rs.getString("event_type"),
                        Sql.getInstant(rs, "occurred_at"),
                        SealedText.open(
                            cipher,
                            rs.getBytes("payload_sealed"),
                            rs.getString("payload"),
                            SealedContexts.OUTBOX_PAYLOAD)));
              }
            }
            return events;
          } catch (SQLException e) {
            throw new DataAccessException("cannot read the outbox", e);
          }
        });
  }

  /** Marks every event up to {@code lastSeq} as delivered. */
  public void delivered(long firstSeq, long lastSeq, Instant at) {
    update(
        "UPDATE outbox SET delivered_at = ?, attempts = attempts + 1, last_error = NULL"
            + " WHERE seq BETWEEN ? AND ? AND delivered_at IS NULL",
        firstSeq,
        lastSeq,
        at,
        null);
  }

  /** Records a failed delivery attempt of the events from {@code firstSeq} to {@code lastSeq}. */
  public void failed(long firstSeq, long lastSeq, String error) {
    update(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq BETWEEN ? AND ?",
        firstSeq,
        lastSeq,
        null,
        error.length() > 500 ? error.substring(0, 500) : error);
  }

  /** Events not yet delivered. */
  public long backlog() {
    return tx.readOnly(
        () -> {
          try (PreparedStatement ps =
                  tx.connection()
                      .prepareStatement("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          } catch (SQLException e) {
            throw new DataAccessException("cannot count the outbox", e);
          }
        });
  }

  private void update(String sql, long first, long last, Instant at, String error) {
    tx.inTransaction(
        () -> {
          try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            int i = 1;
            if (at != null) {
              Sql.setInstant(ps, i++, at);
            } else {
              ps.setString(i++, error);
            }
            ps.setLong(i++, first);
            ps.setLong(i, last);
            ps.executeUpdate();
            return null;
          } catch (SQLException e) {
            throw new DataAccessException("cannot update the outbox", e);
          }
        });
  }
}
