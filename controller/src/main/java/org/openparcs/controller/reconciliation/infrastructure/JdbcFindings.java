package org.openparcs.controller.reconciliation.infrastructure;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.protection.infrastructure.SealedText;
import org.openparcs.controller.reconciliation.application.Findings;
import org.openparcs.controller.reconciliation.model.Disposition;
import org.openparcs.controller.reconciliation.model.Finding;
import org.openparcs.controller.reconciliation.model.FindingDisposition;
import org.openparcs.controller.reconciliation.model.ReconciliationRun;
import org.openparcs.controller.reconciliation.model.RecordedFinding;
import org.openparcs.controller.reconciliation.model.RuleCode;
import org.openparcs.controller.reconciliation.model.Severity;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.controller.shared.model.Money;
import org.openparcs.protection.PlateCipher;

/**
 * Tables reconciliation_run, reconciliation_finding and finding_disposition. A finding's summary
 * names its plates, so it is sealed (POLICY K1, V115); so is a disposition's note, which an auditor
 * types and can name a plate (V140).
 */
@Singleton
public class JdbcFindings implements Findings {

  private static final String FINDING_COLUMNS =
      "id, run_id, rule, subject, severity, amount_minor, currency, summary_sealed, evidence,"
          + " occurred_at, found_at, disposition";

  private final JdbcTransactions tx;
  private final JsonMapper json;
  private final String garageId;

  private final PlateCipher cipher;

  public JdbcFindings(
      JdbcTransactions tx, JsonMapper json, GarageLayout garage, PlateCipher cipher) {
    this.tx = tx;
    this.json = json;
    this.cipher = cipher;
    this.garageId = garage.id().value();
  }

  @Override
  public void saveRun(ReconciliationRun r) {
    update(
        "INSERT INTO reconciliation_run (id, garage_id, period_from, period_to, trigger_kind,"
            + " started_at, finished_at, raised, new_findings) VALUES (?,?,?,?,?,?,?,?,?)"
            + " ON DUPLICATE KEY UPDATE finished_at = VALUES(finished_at),"
            + " raised = VALUES(raised), new_findings = VALUES(new_findings)",
        r.id(),
        garageId,
        r.period().from(),
        r.period().to(),
        r.trigger().name(),
        r.startedAt(),
        r.finishedAt(),
        r.raised(),
        r.newFindings());
  }

  @Override
  public boolean addIfNew(RecordedFinding r) {
    Finding f = r.finding();
    return update(
            "INSERT IGNORE INTO reconciliation_finding ("
                + FINDING_COLUMNS
                + ", garage_id)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            r.id(),
            r.runId(),
            f.rule().name(),
            f.subject(),
            f.severity().name(),
            f.amountAtRisk().minor(),
            f.amountAtRisk().currency().getCurrencyCode(),
            cipher.seal(f.summary(), SealedContexts.FINDING_SUMMARY),
            write(EvidenceDocument.of(f.evidence())),
            f.occurredAt(),
            r.foundAt(),
            r.disposition().name(),
            garageId)
        == 1;
  }

  @Override
  public Optional<RecordedFinding> byId(UUID id) {
    return select(" AND id = ?", List.of(id), 1).stream().findFirst();
  }

  @Override
  public List<RecordedFinding> list(
      Instant from, Instant to, RuleCode rule, Disposition disposition, int limit) {
    StringBuilder where = new StringBuilder(" AND occurred_at >= ? AND occurred_at < ?");
    List<Object> args = new ArrayList<>(List.of(from, to));
    if (rule != null) {
      where.append(" AND rule = ?");
      args.add(rule.name());
    }
    if (disposition != null) {
      where.append(" AND disposition = ?");
      args.add(disposition.name());
    }
    return select(where + " ORDER BY occurred_at DESC", args, limit);
  }

  @Override
  public void dispose(FindingDisposition d) {
    update(
        "INSERT INTO finding_disposition (id, finding_id, disposition, note_sealed, auditor,"
            + " recorded_at) VALUES (?,?,?,?,?,?)",
        d.id(),
        d.findingId(),
        d.disposition().name(),
        cipher.seal(d.note(), SealedContexts.DISPOSITION_NOTE),
        d.auditor(),
        d.recordedAt());
    update(
        "UPDATE reconciliation_finding SET disposition = ? WHERE id = ?",
        d.disposition().name(),
        d.findingId());
  }

  @Override
  public List<FindingDisposition> history(UUID findingId) {
    return Rows.list(
        tx.connection(),
        "a finding's dispositions",
        "SELECT id, finding_id, disposition, note, note_sealed, auditor, recorded_at"
            + " FROM finding_disposition"
            + " WHERE finding_id = ? ORDER BY recorded_at",
        rs ->
            new FindingDisposition(
                Sql.getUuid(rs, "id"),
                Sql.getUuid(rs, "finding_id"),
                Disposition.valueOf(rs.getString("disposition")),
                SealedText.open(
                    cipher,
                    rs.getBytes("note_sealed"),
                    rs.getString("note"),
                    SealedContexts.DISPOSITION_NOTE),
                rs.getString("auditor"),
                Sql.getInstant(rs, "recorded_at")),
        findingId);
  }

  private List<RecordedFinding> select(String where, List<Object> args, int limit) {
    List<Object> all = new ArrayList<>();
    all.add(garageId);
    all.addAll(args);
    all.add(limit);
    return Rows.list(
        tx.connection(),
        "findings",
        "SELECT "
            + FINDING_COLUMNS
            + ", summary FROM reconciliation_finding WHERE garage_id = ?"
            + where
            + " LIMIT ?",
        this::finding,
        all.toArray());
  }

  private RecordedFinding finding(ResultSet rs) throws SQLException {
    Money amount =
        Money.of(rs.getLong("amount_minor"), Currency.getInstance(rs.getString("currency")));
    Finding f =
        new Finding(
            RuleCode.valueOf(rs.getString("rule")),
            rs.getString("subject"),
            Severity.valueOf(rs.getString("severity")),
            amount,
            SealedText.open(
                cipher,
                rs.getBytes("summary_sealed"),
                rs.getString("summary"),
                SealedContexts.FINDING_SUMMARY),
            read(rs.getString("evidence")).toModel(),
            Sql.getInstant(rs, "occurred_at"));
    return new RecordedFinding(
        Sql.getUuid(rs, "id"),
        Sql.getUuid(rs, "run_id"),
        f,
        Sql.getInstant(rs, "found_at"),
        Disposition.valueOf(rs.getString("disposition")));
  }

  private int update(String sql, Object... args) {
    try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
      Rows.bind(ps, args);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot store reconciliation results", e);
    }
  }

  private String write(EvidenceDocument e) {
    try {
      return json.writeValueAsString(e);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private EvidenceDocument read(String text) {
    try {
      return json.readValue(text, EvidenceDocument.class);
    } catch (IOException ex) {
      throw new UncheckedIOException("a stored finding's evidence is not readable", ex);
    }
  }
}
