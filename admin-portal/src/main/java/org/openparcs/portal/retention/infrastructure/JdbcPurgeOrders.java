package org.openparcs.portal.retention.infrastructure;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.policy.model.DataClass;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.protection.infrastructure.SealedContexts;
import org.openparcs.portal.retention.application.PurgeOrders;
import org.openparcs.portal.retention.model.ClassCutoff;
import org.openparcs.portal.retention.model.HoldTarget;
import org.openparcs.portal.retention.model.LegalHold;
import org.openparcs.portal.retention.model.PurgeOrder;
import org.openparcs.protection.PlateCipher;

/**
 * Purge orders in {@code garage_purge_order}. The order is kept as the JSON the garage receives
 * (README "Purge orders"): cut-offs by data class key and the holds to respect, a held plate sealed
 * ({@code targetSealed}, POLICY K1) and opened when the garage fetches the order.
 */
final class JdbcPurgeOrders implements PurgeOrders {

  private static final Argument<Map<String, Object>> OBJECT =
      Argument.mapOf(String.class, Object.class);

  private static final Base64.Encoder B64 = Base64.getEncoder();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final Jdbc jdbc;
  private final JsonMapper json;
  private final PlateCipher cipher;

  JdbcPurgeOrders(Jdbc jdbc, JsonMapper json, PlateCipher cipher) {
    this.jdbc = jdbc;
    this.json = json;
    this.cipher = cipher;
  }

  @Override
  public void issueToEveryGarage(
      long runId, String profile, Instant at, List<ClassCutoff> cutoffs, List<LegalHold> holds) {
    List<String> garages =
        jdbc.query("SELECT id FROM garage ORDER BY id", s -> {}, r -> r.getString(1));
    jdbc.batch(
        "INSERT INTO garage_purge_order (id, run_id, garage_id, issued_at, order_json)"
            + " VALUES (?, ?, ?, ?, ?)",
        garages,
        (s, garage) -> {
          UUID id = UUID.randomUUID();
          s.setString(1, id.toString());
          s.setLong(2, runId);
          s.setString(3, garage);
          s.setObject(4, Jdbc.toColumn(at));
          s.setString(5, write(body(id, runId, garage, profile, at, cutoffs, holds)));
        });
  }

  private Map<String, Object> body(
      UUID id,
      long runId,
      String garage,
      String profile,
      Instant at,
      List<ClassCutoff> cutoffs,
      List<LegalHold> holds) {
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("orderId", id.toString());
    order.put("runId", runId);
    order.put("garageId", garage);
    order.put("profile", profile);
    order.put("issuedAt", at.toString());
    List<Map<String, Object>> classes = new ArrayList<>();
    for (ClassCutoff c : cutoffs) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("dataClass", c.dataClass().key());
      m.put("retentionDays", c.days());
      m.put("purgeBefore", c.cutoff().toString());
      classes.add(m);
    }
    order.put("cutoffs", classes);
    List<Map<String, Object>> kept = new ArrayList<>();
    for (LegalHold h : holds) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", h.kind().name());
      if (h.kind() == HoldTarget.PLATE) {
        // POLICY K1: the stored order keeps a held plate sealed; the garage gets it in clear.
        m.put(
            "targetSealed",
            B64.encodeToString(cipher.seal(h.target(), SealedContexts.PURGE_ORDER)));
      } else {
        m.put("target", h.target());
      }
      m.put("caseNumber", h.caseNumber());
      kept.add(m);
    }
    order.put("holds", kept);
    return order;
  }

  @Override
  public List<PurgeOrder> pending(GarageId garage) {
    return jdbc.query(
        "SELECT id, run_id, garage_id, issued_at, order_json, confirmed_at, confirmation_json"
            + " FROM garage_purge_order WHERE garage_id = ? AND confirmed_at IS NULL"
            + " ORDER BY issued_at, id",
        s -> s.setString(1, garage.value()),
        this::order);
  }

  @Override
  public Optional<PurgeOrder> find(GarageId garage, UUID orderId) {
    return jdbc
        .query(
            "SELECT id, run_id, garage_id, issued_at, order_json, confirmed_at, confirmation_json"
                + " FROM garage_purge_order WHERE garage_id = ? AND id = ? FOR UPDATE",
            s -> {
              s.setString(1, garage.value());
              s.setString(2, orderId.toString());
            },
            this::order)
        .stream()
        .findFirst();
  }

  @Override
  public boolean confirm(UUID orderId, Instant at, Instant completedAt, Map<String, Long> counts) {
    Map<String, Object> confirmation = new LinkedHashMap<>();
    confirmation.put("completedAt", completedAt.toString());
    confirmation.put("counts", counts);
    return jdbc.update(
            "UPDATE garage_purge_order SET confirmed_at = ?, confirmation_json = ?"
                + " WHERE id = ? AND confirmed_at IS NULL",
            s -> {
              s.setObject(1, Jdbc.toColumn(at));
              s.setString(2, write(confirmation));
              s.setString(3, orderId.toString());
            })
        == 1;
  }

  @SuppressWarnings("unchecked")
  private PurgeOrder order(ResultSet r) throws SQLException {
    Map<String, Object> o = read(r.getString("order_json"));
    List<ClassCutoff> cutoffs = new ArrayList<>();
    for (Object c : (List<Object>) o.get("cutoffs")) {
      Map<String, Object> m = (Map<String, Object>) c;
      cutoffs.add(
          new ClassCutoff(
              DataClass.ofKey((String) m.get("dataClass")),
              ((Number) m.get("retentionDays")).intValue(),
              Instant.parse((String) m.get("purgeBefore"))));
    }
    List<LegalHold> holds = new ArrayList<>();
    for (Object h : (List<Object>) o.get("holds")) {
      Map<String, Object> m = (Map<String, Object>) h;
      holds.add(
          new LegalHold(
              0,
              HoldTarget.valueOf((String) m.get("kind")),
              m.containsKey("targetSealed")
                  ? cipher.open(
                      B64D.decode((String) m.get("targetSealed")), SealedContexts.PURGE_ORDER)
                  : (String) m.get("target"),
              (String) m.get("caseNumber"),
              "",
              "",
              null,
              null,
              null,
              null));
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    String confirmation = r.getString("confirmation_json");
    if (confirmation != null) {
      ((Map<String, Object>) read(confirmation).get("counts"))
          .forEach((k, v) -> counts.put(k, ((Number) v).longValue()));
    }
    return new PurgeOrder(
        UUID.fromString(r.getString("id")),
        r.getLong("run_id"),
        new GarageId(r.getString("garage_id")),
        (String) o.get("profile"),
        Jdbc.instant(r, "issued_at"),
        cutoffs,
        holds,
        Jdbc.instant(r, "confirmed_at"),
        counts);
  }

  private String write(Map<String, Object> value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Object> read(String text) {
    try {
      return json.readValue(text, OBJECT);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored purge order is not JSON", e);
    }
  }
}
