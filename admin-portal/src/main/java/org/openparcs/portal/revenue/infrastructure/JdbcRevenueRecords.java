package org.openparcs.portal.revenue.infrastructure;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.protection.infrastructure.EventPlates;
import org.openparcs.portal.protection.infrastructure.FreeText;
import org.openparcs.portal.revenue.application.RevenueRecords;
import org.openparcs.portal.revenue.model.DispositionRecord;
import org.openparcs.portal.revenue.model.FindingDisposition;
import org.openparcs.portal.revenue.model.ReportedFinding;
import org.openparcs.portal.revenue.model.ReportedRevenue;

/**
 * Reads the garages' {@code reconciliation_finding}, {@code finding_disposition} and {@code
 * revenue_report} events from {@code received_event} (indexed by type and by finding id, V40) and
 * keeps the portal's dispositions in {@code finding_review}. A finding's plates are sealed apart
 * from its payload ({@link EventPlates}, POLICY K1) and opened for the finding page.
 */
final class JdbcRevenueRecords implements RevenueRecords {

  /** A nightly report is sent after its period ends; this bounds how long after. */
  private static final Duration REPORT_DELAY = Duration.ofDays(7);

  private static final List<String> EVIDENCE =
      List.of("reads", "decisions", "gateEvents", "sessions", "payments", "validations");

  private final Jdbc jdbc;
  private final JsonMapper json;
  private final EventPlates plates;
  private final FreeText text;

  JdbcRevenueRecords(Jdbc jdbc, JsonMapper json, EventPlates plates, FreeText text) {
    this.jdbc = jdbc;
    this.json = json;
    this.plates = plates;
    this.text = text;
  }

  @Override
  public List<GarageId> garages() {
    return jdbc.query(
        "SELECT id FROM garage ORDER BY id", s -> {}, r -> new GarageId(r.getString(1)));
  }

  @Override
  public List<ReportedFinding> findings(
      Collection<GarageId> garages, Instant from, Instant to, int limit) {
    if (garages.isEmpty()) {
      return List.of();
    }
    String marks = garages.stream().map(g -> "?").collect(Collectors.joining(","));
    List<GarageId> ids = List.copyOf(garages);
    return jdbc.query(
        "SELECT garage_id, payload, plate_fields FROM received_event"
            + " WHERE event_type = 'reconciliation_finding'"
            + " AND garage_id IN ("
            + marks
            + ") AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at DESC LIMIT ?",
        s -> {
          int i = 1;
          for (GarageId g : ids) {
            s.setString(i++, g.value());
          }
          s.setObject(i++, Jdbc.toColumn(from));
          s.setObject(i++, Jdbc.toColumn(to));
          s.setInt(i, limit);
        },
        this::finding);
  }

  @Override
  public Optional<ReportedFinding> finding(GarageId garage, UUID findingId) {
    return jdbc
        .query(
            "SELECT garage_id, payload, plate_fields FROM received_event WHERE garage_id = ?"
                + " AND finding_id = ?"
                + " AND event_type = 'reconciliation_finding' ORDER BY garage_seq LIMIT 1",
            s -> {
              s.setString(1, garage.value());
              s.setString(2, findingId.toString());
            },
            this::finding)
        .stream()
        .findFirst();
  }

  @Override
  public Map<UUID, List<DispositionRecord>> dispositions(
      GarageId garage, Collection<UUID> findingIds) {
    Map<UUID, List<DispositionRecord>> byFinding = new HashMap<>();
    if (findingIds.isEmpty()) {
      return byFinding;
    }
    List<String> ids = findingIds.stream().map(UUID::toString).distinct().toList();
    String marks = ids.stream().map(g -> "?").collect(Collectors.joining(","));
    jdbc.query(
        "SELECT finding_id, payload FROM received_event WHERE garage_id = ? AND finding_id IN ("
            + marks
            + ") AND event_type = 'finding_disposition'",
        s -> bind(s, garage, ids),
        r -> {
          JsonNode p = parse(r.getString("payload"));
          DispositionRecord d =
              new DispositionRecord(
                  text(p, "disposition"),
                  text(p, "note"),
                  text(p, "auditor"),
                  instant(text(p, "recordedAt")),
                  "garage");
          byFinding
              .computeIfAbsent(UUID.fromString(r.getString("finding_id")), k -> new ArrayList<>())
              .add(d);
          return d;
        });
    jdbc.query(
        "SELECT finding_id, disposition, note, note_sealed, auditor, recorded_at FROM"
            + " finding_review"
            + " WHERE garage_id = ? AND finding_id IN ("
            + marks
            + ")",
        s -> bind(s, garage, ids),
        r -> {
          DispositionRecord d =
              new DispositionRecord(
                  r.getString("disposition"),
                  text.read(r, "finding_review", "note"),
                  r.getString("auditor"),
                  Jdbc.instant(r, "recorded_at"),
                  "portal");
          byFinding
              .computeIfAbsent(UUID.fromString(r.getString("finding_id")), k -> new ArrayList<>())
              .add(d);
          return d;
        });
    byFinding.values().forEach(l -> l.sort(Comparator.comparing(DispositionRecord::recordedAt)));
    return byFinding;
  }

  @Override
  public void recordDisposition(
      GarageId garage,
      UUID findingId,
      FindingDisposition disposition,
      String note,
      String auditor,
      Instant at) {
    jdbc.update(
        "INSERT INTO finding_review (garage_id, finding_id, disposition, note_sealed, auditor,"
            + " recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
        s -> {
          s.setString(1, garage.value());
          s.setString(2, findingId.toString());
          s.setString(3, disposition.name());
          // The auditor's note is free text, sealed at rest (POLICY K1).
          s.setBytes(4, text.seal("finding_review", "note", note));
          s.setString(5, auditor);
          s.setObject(6, Jdbc.toColumn(at));
        });
  }

  @Override
  public List<ReportedRevenue> revenueReports(GarageId garage, Instant from, Instant to) {
    return jdbc
        .query(
            "SELECT received_at, payload FROM received_event WHERE garage_id = ?"
                + " AND event_type = 'revenue_report' AND occurred_at >= ? AND occurred_at < ?",
            s -> {
              s.setString(1, garage.value());
              s.setObject(2, Jdbc.toColumn(from));
              s.setObject(3, Jdbc.toColumn(to.plus(REPORT_DELAY)));
            },
            r -> report(Jdbc.instant(r, "received_at"), parse(r.getString("payload"))))
        .stream()
        .filter(r -> !r.from().isBefore(from) && !r.to().isAfter(to))
        .toList();
  }

  private ReportedFinding finding(ResultSet r) throws SQLException {
    JsonNode p = parse(plates.join(r.getString("payload"), r.getBytes("plate_fields")));
    JsonNode amount = p.get("amountAtRisk");
    Map<String, List<String>> evidence = new LinkedHashMap<>();
    JsonNode e = p.get("evidence");
    for (String kind : EVIDENCE) {
      evidence.put(kind, strings(e == null ? null : e.get(kind)));
    }
    return new ReportedFinding(
        new GarageId(r.getString("garage_id")),
        UUID.fromString(text(p, "findingId")),
        text(p, "rule"),
        p.get("control") == null ? 0 : p.get("control").getIntValue(),
        text(p, "severity"),
        amount == null ? 0 : amount.get("minor").getLongValue(),
        amount == null ? "" : text(amount, "currency"),
        text(p, "summary"),
        strings(p.get("plates")),
        evidence,
        instant(text(p, "occurredAt")),
        instant(text(p, "foundAt")),
        text(p, "disposition"));
  }

  private static ReportedRevenue report(Instant receivedAt, JsonNode p) {
    List<ReportedRevenue.Line> lines = new ArrayList<>();
    JsonNode l = p.get("lines");
    if (l != null && l.isArray()) {
      for (int i = 0; i < l.size(); i++) {
        JsonNode line = l.get(i);
        JsonNode expected = line.get("expected");
        lines.add(
            new ReportedRevenue.Line(
                text(line, "dimension"),
                text(line, "key"),
                expected == null || expected.isNull() ? null : expected.get("minor").getLongValue(),
                minor(line.get("collected")),
                number(line.get("stays")),
                number(line.get("transactions"))));
      }
    }
    return new ReportedRevenue(
        instant(text(p, "from")),
        instant(text(p, "to")),
        receivedAt,
        text(p.get("collected"), "currency"),
        minor(p.get("expected")),
        minor(p.get("collected")),
        number(p.get("visitorStays")),
        lines);
  }

  private static void bind(java.sql.PreparedStatement s, GarageId garage, List<String> ids)
      throws SQLException {
    s.setString(1, garage.value());
    for (int i = 0; i < ids.size(); i++) {
      s.setString(i + 2, ids.get(i));
    }
  }

  private JsonNode parse(String payload) {
    try {
      return json.readValue(payload, JsonNode.class);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored event payload is not JSON", e);
    }
  }

  private static long minor(JsonNode money) {
    return money == null || money.isNull() ? 0 : number(money.get("minor"));
  }

  private static long number(JsonNode n) {
    return n == null || !n.isNumber() ? 0 : n.getLongValue();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || !v.isString() ? null : v.getStringValue();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isString()) {
          out.add(array.get(i).getStringValue());
        }
      }
    }
    return out;
  }

  private static Instant instant(String text) {
    return text == null ? null : OffsetDateTime.parse(text).toInstant();
  }
}
