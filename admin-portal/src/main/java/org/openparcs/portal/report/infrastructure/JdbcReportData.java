package org.openparcs.portal.report.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.protection.infrastructure.SealedContexts;
import org.openparcs.portal.report.application.ReportData;
import org.openparcs.portal.report.model.BreachFacts;
import org.openparcs.portal.report.model.LocationCount;
import org.openparcs.protection.PlateCipher;

/** Report aggregates in SQL: audit trail, read tallies, cameras and agencies. */
final class JdbcReportData implements ReportData {

  /** The audit actions that are accesses to ALPR data (POLICY T1, T4). */
  static final String ACCESS_ACTIONS =
      "('ALPR_SEARCH', 'ALPR_VIEW', 'ALPR_EXPORT', 'ALPR_API', 'ALPR_SHARED', 'ALPR_REFUSED')";

  private final Jdbc jdbc;

  private final PlateCipher cipher;

  JdbcReportData(Jdbc jdbc, PlateCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @Override
  public BreachFacts breachFacts(Instant from, Instant to) {
    // Terms are sealed apart since V80 (POLICY K1): opened here and counted in Java.
    long terms =
        jdbc
            .query(
                "SELECT r.terms, t.sealed FROM audit_record r LEFT JOIN audit_terms t"
                    + " ON t.record_id = r.id WHERE r.occurred_at >= ? AND r.occurred_at < ?"
                    + " AND (r.terms IS NOT NULL OR t.sealed IS NOT NULL) AND r.action IN "
                    + ACCESS_ACTIONS,
                s -> bindPeriod(s, from, to),
                r -> {
                  byte[] sealed = r.getBytes(2);
                  if (sealed == null) {
                    return r.getString(1);
                  }
                  String opened = cipher.open(sealed, SealedContexts.AUDIT_TERMS);
                  return opened.substring(opened.indexOf(':') + 1);
                })
            .stream()
            .distinct()
            .count();
    List<String> departments =
        jdbc.query(
            "SELECT DISTINCT department FROM audit_record WHERE occurred_at >= ?"
                + " AND occurred_at < ? AND department IS NOT NULL AND action IN "
                + ACCESS_ACTIONS
                + " ORDER BY department",
            s -> bindPeriod(s, from, to),
            r -> r.getString(1));
    long reads =
        jdbc.query(
                "SELECT COALESCE(SUM(reads_count), 0) FROM read_tally WHERE day >= ? AND day <= ?",
                s -> {
                  s.setObject(1, LocalDate.ofInstant(from, java.time.ZoneOffset.UTC));
                  s.setObject(2, LocalDate.ofInstant(to.minusNanos(1), java.time.ZoneOffset.UTC));
                },
                r -> r.getLong(1))
            .get(0);
    long failed =
        jdbc.query(
                "SELECT COUNT(*) FROM audit_record WHERE occurred_at >= ? AND occurred_at < ?"
                    + " AND action = 'LOGIN_FAILED'",
                s -> bindPeriod(s, from, to),
                r -> r.getLong(1))
            .get(0);
    return new BreachFacts(accesses(from, to), terms, departments, reads, failed);
  }

  @Override
  public List<LocationCount> locations(LocalDate from, LocalDate to) {
    return jdbc.query(
        "SELECT t.garage_id, t.lane, t.camera, MAX(c.name) AS name, MAX(c.latitude) AS lat,"
            + " MAX(c.longitude) AS lon, SUM(t.reads_count), SUM(t.hits_count),"
            + " SUM(t.corrections) FROM read_tally t LEFT JOIN camera c"
            + " ON c.garage_id = t.garage_id AND c.camera_id = t.camera"
            + " WHERE t.day >= ? AND t.day < ? GROUP BY t.garage_id, t.lane, t.camera"
            + " ORDER BY t.garage_id, t.lane, t.camera",
        s -> {
          s.setObject(1, from);
          s.setObject(2, to);
        },
        r ->
            new LocationCount(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getString("name") == null
                    ? ""
                    : r.getString("name")
                        + " ("
                        + r.getBigDecimal("lat").stripTrailingZeros().toPlainString()
                        + ", "
                        + r.getBigDecimal("lon").stripTrailingZeros().toPlainString()
                        + ")",
                r.getLong(7),
                r.getLong(8),
                r.getLong(9)));
  }

  @Override
  public Map<String, Long> accesses(Instant from, Instant to) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.query(
            "SELECT action, COUNT(*) FROM audit_record WHERE occurred_at >= ? AND occurred_at < ?"
                + " AND action IN "
                + ACCESS_ACTIONS
                + " GROUP BY action ORDER BY action",
            s -> bindPeriod(s, from, to),
            r -> Map.entry(r.getString(1), r.getLong(2)))
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  @Override
  public Map<String, Long> camerasPerGarage() {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.query(
            "SELECT g.name, COUNT(c.id) FROM garage g LEFT JOIN camera c ON c.garage_id = g.id"
                + " GROUP BY g.id, g.name ORDER BY g.name",
            s -> {},
            r -> Map.entry(r.getString(1), r.getLong(2)))
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  @Override
  public Map<String, Long> sharingAgencies(Instant since) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.query(
            "SELECT a.name, COUNT(r.id) FROM sharing_agency a LEFT JOIN sharing_request r"
                + " ON r.agency_id = a.id AND r.status = 'RELEASED' AND r.decided_at >= ?"
                + " GROUP BY a.id, a.name, a.standing_access"
                + " HAVING a.standing_access OR COUNT(r.id) > 0 ORDER BY a.name",
            s -> s.setObject(1, Jdbc.toColumn(since)),
            r -> Map.entry(r.getString(1), r.getLong(2)))
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  private static void bindPeriod(java.sql.PreparedStatement s, Instant from, Instant to)
      throws java.sql.SQLException {
    s.setObject(1, Jdbc.toColumn(from));
    s.setObject(2, Jdbc.toColumn(to));
  }
}
