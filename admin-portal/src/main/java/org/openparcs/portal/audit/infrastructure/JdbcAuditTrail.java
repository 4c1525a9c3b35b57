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
import org.openparcs.portal.protection.infrastructure.SealedContexts;
import org.openparcs.protection.PlateCipher;

/**
 * The audit trail in tables {@code audit_record} and {@code audit_chain_head}. Terms (the plate
 * searched, POLICY T1) are sealed in {@code audit_terms} with their commitment's salt (POLICY K1,
 * see {@link org.openparcs.portal.audit.model.AuditChain}); {@code audit_record.terms} keeps only
 * the terms of records written before that. The detail (what people typed, such as a hold's reason)
 * is sealed the same way in {@code audit_detail} since V90; {@code audit_record.detail} keeps only
 * the detail of records written before. A terms filter opens the records the other filters select,
 * newest first, at most {@link #TERMS_SCAN} of them. Public for the restore command, which records
 * a restore in the restored trail before the portal starts.
 */
public final class JdbcAuditTrail implements AuditTrail {

  /** The most records one search by terms opens. */
  static final int TERMS_SCAN = 50_000;

  private static final String COLUMNS =
      "r.id, r.occurred_at, r.username, r.department, r.ip, r.action, r.purpose, r.terms,"
          + " t.sealed AS terms_sealed, r.case_number, r.crime_type, r.detail,"
          + " d.sealed AS detail_sealed, r.prev_hash, r.hash";

  private static final String FROM =
      " FROM audit_record r LEFT JOIN audit_terms t ON t.record_id = r.id"
          + " LEFT JOIN audit_detail d ON d.record_id = r.id";

  private final Jdbc jdbc;
  private final PlateCipher cipher;

  public JdbcAuditTrail(Jdbc jdbc, PlateCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
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
    if (record.termsSalt() != null) {
      byte[] sealed =
          cipher.seal(
              record.termsSalt() + ":" + record.entry().access().terms(),
              SealedContexts.AUDIT_TERMS);
      jdbc.update(
          "INSERT INTO audit_terms (record_id, sealed) VALUES (LAST_INSERT_ID(), ?)",
          s -> s.setBytes(1, sealed));
    }
    if (record.detailSalt() != null) {
      byte[] sealed =
          cipher.seal(
              record.detailSalt() + ":" + record.entry().detail(), SealedContexts.AUDIT_DETAIL);
      // audit_terms has no AUTO_INCREMENT: LAST_INSERT_ID() is still the record's id.
      jdbc.update(
          "INSERT INTO audit_detail (record_id, sealed) VALUES (LAST_INSERT_ID(), ?)",
          s -> s.setBytes(1, sealed));
    }
    jdbc.update(
        "UPDATE audit_chain_head SET last_hash = ? WHERE id = 1",
        s -> s.setString(1, record.hash().hex()));
  }

  private static void bind(PreparedStatement s, AuditRecord record) throws SQLException {
    boolean sealed = record.termsSalt() != null;
    AuditEntry e = record.entry();
    s.setObject(1, Jdbc.toColumn(e.occurredAt()));
    s.setString(2, e.username());
    s.setString(3, e.department());
    s.setString(4, e.ip());
    s.setString(5, e.action().name());
    s.setString(6, e.access().purpose());
    s.setString(7, sealed ? null : e.access().terms());
    s.setString(8, e.access().caseNumber());
    s.setString(9, e.access().crimeType());
    s.setString(10, record.detailSalt() != null ? null : e.detail());
    s.setString(11, record.prevHash().hex());
    s.setString(12, record.hash().hex());
  }

  @Override
  public List<AuditRecord> readAll() {
    return jdbc.query("SELECT " + COLUMNS + FROM + " ORDER BY r.id", s -> {}, this::record);
  }

  @Override
  public List<AuditRecord> find(AuditFilter filter, int limit) {
    Where where = Where.of(filter);
    List<AuditRecord> found =
        jdbc.query(
            "SELECT " + COLUMNS + FROM + where.sql() + " ORDER BY r.id DESC LIMIT ?",
            s -> s.setInt(where.bind(s), filter.terms() == null ? limit : TERMS_SCAN),
            this::record);
    return filter.terms() == null
        ? found
        : found.stream().filter(r -> hasTerms(r, filter.terms())).limit(limit).toList();
  }

  private static boolean hasTerms(AuditRecord r, String terms) {
    String recorded = r.entry().access().terms();
    return recorded != null && recorded.contains(terms);
  }

  @Override
  public List<AuditRecord> sample(AuditFilter filter, int size) {
    Where where = Where.of(filter);
    List<AuditRecord> drawn =
        new ArrayList<>(
            jdbc.query(
                "SELECT " + COLUMNS + FROM + where.sql() + " ORDER BY RAND() LIMIT ?",
                s -> s.setInt(where.bind(s), filter.terms() == null ? size : TERMS_SCAN),
                this::record));
    if (filter.terms() != null) {
      drawn =
          new ArrayList<>(
              drawn.stream().filter(r -> hasTerms(r, filter.terms())).limit(size).toList());
    }
    drawn.sort((a, b) -> Long.compare(a.id(), b.id()));
    return drawn;
  }

  private AuditRecord record(ResultSet row) throws SQLException {
    byte[] sealed = row.getBytes("terms_sealed");
    String terms = row.getString("terms");
    String salt = null;
    if (sealed != null) {
      String opened = cipher.open(sealed, SealedContexts.AUDIT_TERMS);
      int colon = opened.indexOf(':');
      salt = opened.substring(0, colon);
      terms = opened.substring(colon + 1);
    }
    String detail = row.getString("detail");
    String detailSalt = null;
    byte[] sealedDetail = row.getBytes("detail_sealed");
    if (sealedDetail != null) {
      String opened = cipher.open(sealedDetail, SealedContexts.AUDIT_DETAIL);
      int colon = opened.indexOf(':');
      detailSalt = opened.substring(0, colon);
      detail = opened.substring(colon + 1);
    }
    AuditEntry entry =
        new AuditEntry(
            Jdbc.instant(row, "occurred_at"),
            row.getString("username"),
            row.getString("department"),
            row.getString("ip"),
            AuditAction.valueOf(row.getString("action")),
            new AlprAccess(
                row.getString("purpose"),
                terms,
                row.getString("case_number"),
                row.getString("crime_type")),
            detail);
    return new AuditRecord(
        row.getLong("id"),
        entry,
        new Sha256(row.getString("prev_hash")),
        new Sha256(row.getString("hash")),
        salt,
        detailSalt);
  }

  /** A filter as an SQL WHERE clause with its parameters (never concatenated values). */
  private record Where(String sql, List<Object> parameters) {

    static Where of(AuditFilter f) {
      List<String> terms = new ArrayList<>();
      List<Object> parameters = new ArrayList<>();
      if (f.from() != null) {
        terms.add("r.occurred_at >= ?");
        parameters.add(Jdbc.toColumn(f.from()));
      }
      if (f.to() != null) {
        terms.add("r.occurred_at < ?");
        parameters.add(Jdbc.toColumn(f.to()));
      }
      if (f.username() != null) {
        terms.add("r.username = ?");
        parameters.add(f.username());
      }
      if (!f.actions().isEmpty()) {
        terms.add(
            "r.action IN (" + String.join(", ", f.actions().stream().map(a -> "?").toList()) + ")");
        f.actions().forEach(a -> parameters.add(a.name()));
      }
      if (f.purpose() != null) {
        terms.add("r.purpose = ?");
        parameters.add(f.purpose());
      }
      // Terms are sealed (POLICY K1): filtered after opening, in find and sample.
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
