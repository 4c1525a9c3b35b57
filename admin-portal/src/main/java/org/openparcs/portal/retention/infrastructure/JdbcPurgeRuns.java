package org.openparcs.portal.retention.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.openparcs.policy.model.DataClass;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.retention.application.PurgeRuns;
import org.openparcs.portal.retention.model.ClassCutoff;
import org.openparcs.portal.retention.model.ClassResult;
import org.openparcs.portal.retention.model.PurgeRun;

/** Purge runs in {@code purge_run} and {@code purge_run_class}; the lock in {@code purge_lock}. */
final class JdbcPurgeRuns implements PurgeRuns {

  private final Jdbc jdbc;

  JdbcPurgeRuns(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public OptionalLong begin(String trigger, String startedBy, Instant now, Instant staleBefore) {
    List<Long> lock =
        jdbc.query(
            "SELECT id FROM purge_lock WHERE id = 1 AND (run_id IS NULL OR heartbeat_at < ?)"
                + " FOR UPDATE",
            s -> s.setObject(1, Jdbc.toColumn(staleBefore)),
            r -> r.getLong(1));
    if (lock.isEmpty()) {
      return OptionalLong.empty();
    }
    jdbc.update(
        "UPDATE purge_run SET status = 'FAILED', finished_at = ?, detail = 'taken over: its"
            + " instance stopped' WHERE status = 'RUNNING'",
        s -> s.setObject(1, Jdbc.toColumn(now)));
    jdbc.update(
        "INSERT INTO purge_run (trigger_kind, started_by, started_at, heartbeat_at, status)"
            + " VALUES (?, ?, ?, ?, 'RUNNING')",
        s -> {
          s.setString(1, trigger);
          s.setString(2, startedBy);
          s.setObject(3, Jdbc.toColumn(now));
          s.setObject(4, Jdbc.toColumn(now));
        });
    long id = jdbc.query("SELECT LAST_INSERT_ID()", s -> {}, r -> r.getLong(1)).get(0);
    jdbc.update(
        "UPDATE purge_lock SET run_id = ?, heartbeat_at = ? WHERE id = 1",
        s -> {
          s.setLong(1, id);
          s.setObject(2, Jdbc.toColumn(now));
        });
    return OptionalLong.of(id);
  }

  @Override
  public void plan(long runId, List<ClassResult> planned, int holdsActive) {
    jdbc.batch(
        "INSERT INTO purge_run_class (run_id, data_class, retention_days, cutoff, planned)"
            + " VALUES (?, ?, ?, ?, ?)",
        planned,
        (s, p) -> {
          s.setLong(1, runId);
          s.setString(2, p.dataClass().name());
          s.setInt(3, p.cutoff().days());
          s.setObject(4, Jdbc.toColumn(p.cutoff().cutoff()));
          s.setLong(5, p.planned());
        });
    jdbc.update(
        "UPDATE purge_run SET holds_active = ? WHERE id = ?",
        s -> {
          s.setInt(1, holdsActive);
          s.setLong(2, runId);
        });
  }

  @Override
  public void progress(long runId, DataClass dataClass, int purged, Instant now) {
    jdbc.update(
        "UPDATE purge_run_class SET done = done + ? WHERE run_id = ? AND data_class = ?",
        s -> {
          s.setInt(1, purged);
          s.setLong(2, runId);
          s.setString(3, dataClass.name());
        });
    jdbc.update(
        "UPDATE purge_run SET heartbeat_at = ? WHERE id = ?",
        s -> {
          s.setObject(1, Jdbc.toColumn(now));
          s.setLong(2, runId);
        });
    jdbc.update(
        "UPDATE purge_lock SET heartbeat_at = ? WHERE id = 1 AND run_id = ?",
        s -> {
          s.setObject(1, Jdbc.toColumn(now));
          s.setLong(2, runId);
        });
  }

  @Override
  public void finish(
      long runId, String status, List<ClassResult> results, Instant at, String detail) {
    jdbc.batch(
        "UPDATE purge_run_class SET held_kept = ? WHERE run_id = ? AND data_class = ?",
        results,
        (s, r) -> {
          s.setLong(1, r.heldKept());
          s.setLong(2, runId);
          s.setString(3, r.dataClass().name());
        });
    jdbc.update(
        "UPDATE purge_run SET status = ?, finished_at = ?, detail = ? WHERE id = ?",
        s -> {
          s.setString(1, status);
          s.setObject(2, Jdbc.toColumn(at));
          s.setString(3, detail);
          s.setLong(4, runId);
        });
    jdbc.update(
        "UPDATE purge_lock SET run_id = NULL, heartbeat_at = NULL WHERE id = 1 AND run_id = ?",
        s -> s.setLong(1, runId));
  }

  @Override
  public Optional<PurgeRun> find(long runId) {
    return runs("WHERE id = ?", runId, 1).stream().findFirst();
  }

  @Override
  public List<PurgeRun> recent(int limit) {
    return runs("", null, limit);
  }

  private List<PurgeRun> runs(String where, Long id, int limit) {
    List<PurgeRun> bare =
        jdbc.query(
            "SELECT id, trigger_kind, started_by, started_at, finished_at, status, holds_active"
                + " FROM purge_run "
                + where
                + " ORDER BY id DESC LIMIT ?",
            s -> {
              int i = 1;
              if (id != null) {
                s.setLong(i++, id);
              }
              s.setInt(i, limit);
            },
            JdbcPurgeRuns::run);
    return bare.stream().map(this::withClasses).toList();
  }

  private PurgeRun withClasses(PurgeRun r) {
    List<ClassResult> classes =
        jdbc.query(
            "SELECT data_class, retention_days, cutoff, planned, done, held_kept"
                + " FROM purge_run_class WHERE run_id = ? ORDER BY data_class",
            s -> s.setLong(1, r.id()),
            row ->
                new ClassResult(
                    new ClassCutoff(
                        DataClass.valueOf(row.getString("data_class")),
                        row.getInt("retention_days"),
                        Jdbc.instant(row, "cutoff")),
                    row.getLong("planned"),
                    row.getLong("done"),
                    row.getLong("held_kept")));
    return new PurgeRun(
        r.id(),
        r.trigger(),
        r.startedBy(),
        r.startedAt(),
        r.finishedAt(),
        r.status(),
        r.holdsActive(),
        classes);
  }

  private static PurgeRun run(ResultSet r) throws SQLException {
    return new PurgeRun(
        r.getLong("id"),
        r.getString("trigger_kind"),
        r.getString("started_by"),
        Jdbc.instant(r, "started_at"),
        Jdbc.instant(r, "finished_at"),
        r.getString("status"),
        r.getInt("holds_active"),
        List.of());
  }
}
