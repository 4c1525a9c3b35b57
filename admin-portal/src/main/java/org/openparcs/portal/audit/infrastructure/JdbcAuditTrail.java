package org.openparcs.portal.audit.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.openparcs.portal.audit.application.AuditTrail;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.audit.model.AuditRecord;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.common.model.Sha256;

/** The audit trail in tables {@code audit_record} and {@code audit_chain_head}. */
final class JdbcAuditTrail implements AuditTrail {

  private final Jdbc jdbc;

  JdbcAuditTrail(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Sha256 lockHead() {
    return jdbc.query(
            "SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE",
            s -> {},
            row -> new Sha256(row.getString("last_hash")))
        .get(0);
  }

  @Override
  public void append(AuditRecord record) {
    AuditEntry e = record.entry();
    jdbc.update(
        "INSERT INTO audit_record (occurred_at, username, ip, action, detail, prev_hash, hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        s -> {
          s.setObject(1, Jdbc.toColumn(e.occurredAt()));
          s.setString(2, e.username());
          s.setString(3, e.ip());
          s.setString(4, e.action().name());
          s.setString(5, e.detail());
          s.setString(6, record.prevHash().hex());
          s.setString(7, record.hash().hex());
        });
    jdbc.update(
        "UPDATE audit_chain_head SET last_hash = ? WHERE id = 1",
        s -> s.setString(1, record.hash().hex()));
  }

  @Override
  public List<AuditRecord> readAll() {
    return jdbc.query(
        "SELECT id, occurred_at, username, ip, action, detail, prev_hash, hash"
            + " FROM audit_record ORDER BY id",
        s -> {},
        JdbcAuditTrail::record);
  }

  private static AuditRecord record(ResultSet row) throws SQLException {
    AuditEntry entry =
        new AuditEntry(
            Jdbc.instant(row, "occurred_at"),
            row.getString("username"),
            row.getString("ip"),
            AuditAction.valueOf(row.getString("action")),
            row.getString("detail"));
    return new AuditRecord(
        row.getLong("id"),
        entry,
        new Sha256(row.getString("prev_hash")),
        new Sha256(row.getString("hash")));
  }
}
