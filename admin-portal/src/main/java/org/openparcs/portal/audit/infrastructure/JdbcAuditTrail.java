package org.openparcs.portal.audit.infrastructure;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.openparcs.portal.audit.application.AuditTrail;
import org.openparcs.portal.audit.model.AlprAccess;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.audit.model.AuditFilter;
import org.openparcs.portal.audit.model.AuditRecord;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.common.model.Sha256;

/**
 * The audit trail in tables {@code audit_record} and {@code audit_chain_head}. Public for the
 * restore command, which records a restore in the restored trail before the portal starts.
 */
public final class JdbcAuditTrail implements AuditTrail {

  private static final String COLUMNS =
      "id, occurred_at, username, department, ip, action, purpose, terms, case_number,"
          + " crime_type, detail, prev_hash, hash";

  private final Jdbc jdbc;

  public JdbcAuditTrail(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Sha256 lockHead() {
    return readHead("SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
  }

  @Override
  public Sha256 head() {
    return readHead("SELECT last_hash FROM audit_chain_head WHERE id = 1");
  }

  private Sha256 readHead(String sql) {
    return jdbc.query(sql, s -> {}, row -> new Sha256(row.getString("last_hash"))).get(0);
  }

  @Override
  public void append(AuditRecord record) {
    AuditEntry e = record.entry();
    jdbc.update(
        "INSERT INTO audit_record (occurred_at, username, department, ip, action, purpose, terms,"
            + " case_number, crime_type, detail, prev_hash, hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s -> bind(s, record));
    jdbc.update(
        "UPDATE audit_chain_head SET last_hash = ? WHERE id = 1",
        s -> s.setString(1, record.hash().hex()));
  }

  private static void bind(PreparedStatement s, AuditRecord record) throws SQLException {
    AuditEntry e = record.entry();
    s.setObject(1, Jdbc.toColumn(e.occurredAt()));
    s.setString(2, e.username());
    s.setString(3, e.department());
    s.setString(4, e.ip());
    s.setString(5, e.action().name());
    s.setString(6, e.access().purpose());
    s.setString(7, e.access().terms());
    s.setString(8, e.access().caseNumber());
    s.setString(9, e.access().crimeType());
    s.setString(10, e.detail());
    s.setString(11, record.prevHash().hex());
    s.setString(12, record.hash().hex());
  }

  @Override
  public List<AuditRecord> readAll() {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM audit_record ORDER BY id", s -> {}, JdbcAuditTrail::record);
  }

  @Override
  public List<AuditRecord> find(AuditFilter filter, int limit) {
    Where where = Where.of(filter);
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM audit_record" + where.sql() + " ORDER BY id DESC LIMIT ?",
        s -> s.setInt(where.bind(s), limit),
        JdbcAuditTrail::record);
  }

  @Override
  public List<AuditRecord> sample(AuditFilter filter, int size) {
    Where where = Where.of(filter);
    List<AuditRecord> drawn =
        new ArrayList<>(
            jdbc.query(
                "SELECT "
                    + COLUMNS
                    + " FROM audit_record"
                    + where.sql()
                    + " ORDER BY RAND() LIMIT ?",
                s -> s.setInt(where.bind(s), size),
                JdbcAuditTrail::record));
    drawn.sort((a, b) -> Long.compare(a.id(), b.id()));
    return drawn;
  }

  private static AuditRecord record(ResultSet row) throws SQLException {
    AuditEntry entry =
        new AuditEntry(
            Jdbc.instant(row, "occurred_at"),
            row.getString("username"),
            row.getString("department"),
            row.getString("ip"),
            AuditAction.valueOf(row.getString("action")),
            new AlprAccess(
                row.getString("purpose"),
                row.getString("terms"),
                row.getString("case_number"),
                row.getString("crime_type")),
            row.getString("detail"));
    return new AuditRecord(
        row.getLong("id"),
        entry,
        new Sha256(row.getString("prev_hash")),
        new Sha256(row.getString("hash")));
  }

  /** A filter as an SQL WHERE clause with its parameters (never concatenated values). */
  private record Where(String sql, List<Object> parameters) {

    static Where of(AuditFilter f) {
      List<String> terms = new ArrayList<>();
      List<Object> parameters = new ArrayList<>();
      if (f.from() != null) {
        terms.add("occurred_at >= ?");
        parameters.add(Jdbc.toColumn(f.from()));
      }
      if (f.to() != null) {
        terms.add("occurred_at < ?");
        parameters.add(Jdbc.toColumn(f.to()));
      }
      if (f.username() != null) {
        terms.add("username = ?");
        parameters.add(f.username());
      }
      if (!f.actions().isEmpty()) {
        terms.add(
            "action IN (" + String.join(", ", f.actions().stream().map(a -> "?").toList()) + ")");
        f.actions().forEach(a -> parameters.add(a.name()));
      }
      if (f.purpose() != null) {
        terms.add("purpose = ?");
        parameters.add(f.purpose());
      }
      if (f.terms() != null) {
        terms.add("INSTR(terms, ?) > 0");
        parameters.add(f.terms());
      }
      String sql = terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
      return new Where(sql, parameters);
    }

    /** Binds the parameters and returns the index of the next one. */
    int bind(PreparedStatement s) throws SQLException {
      int i = 1;
      for (Object p : parameters) {
        s.setObject(i++, p);
      }
      return i;
    }
  }
}
