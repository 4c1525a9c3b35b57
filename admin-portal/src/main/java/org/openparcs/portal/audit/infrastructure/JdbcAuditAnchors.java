package org.openparcs.portal.audit.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.audit.application.AuditAnchors;
import org.openparcs.portal.audit.model.AuditAnchor;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.common.model.Sha256;

/**
 * Anchors in table {@code audit_anchor} and, when configured, appended to a file outside the
 * database (one line per anchor: time, record id, record hash, record count), which someone who can
 * rewrite the database does not necessarily reach.
 */
final class JdbcAuditAnchors implements AuditAnchors {

  private final Jdbc jdbc;
  private final AnchorFile file;

  JdbcAuditAnchors(Jdbc jdbc, AnchorFile file) {
    this.jdbc = jdbc;
    this.file = file;
  }

  @Override
  public void add(AuditAnchor anchor) {
    jdbc.update(
        "INSERT INTO audit_anchor (anchored_at, record_id, record_hash, records) VALUES (?, ?, ?, ?)",
        s -> {
          s.setObject(1, Jdbc.toColumn(anchor.anchoredAt()));
          s.setLong(2, anchor.recordId());
          s.setString(3, anchor.recordHash().hex());
          s.setLong(4, anchor.records());
        });
    file.append(anchor);
  }

  @Override
  public Optional<AuditAnchor> latest() {
    return jdbc
        .query(
            "SELECT anchored_at, record_id, record_hash, records FROM audit_anchor"
                + " ORDER BY record_id DESC LIMIT 1",
            s -> {},
            JdbcAuditAnchors::anchor)
        .stream()
        .findFirst();
  }

  @Override
  public List<AuditAnchor> all() {
    List<AuditAnchor> all =
        new ArrayList<>(
            jdbc.query(
                "SELECT anchored_at, record_id, record_hash, records FROM audit_anchor"
                    + " ORDER BY record_id",
                s -> {},
                JdbcAuditAnchors::anchor));
    all.addAll(file.readAll());
    return all;
  }

  private static AuditAnchor anchor(ResultSet row) throws SQLException {
    return new AuditAnchor(
        Jdbc.instant(row, "anchored_at"),
        row.getLong("record_id"),
        new Sha256(row.getString("record_hash")),
        row.getLong("records"));
  }
}
