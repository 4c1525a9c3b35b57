package org.openparcs.portal.user.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.protection.infrastructure.FreeText;
import org.openparcs.portal.user.application.TrainingRecords;

/**
 * Training and acknowledgement records in table {@code training_record}; the detail a coordinator
 * types is sealed (POLICY K1).
 */
final class JdbcTrainingRecords implements TrainingRecords {

  private final Jdbc jdbc;
  private final FreeText text;

  JdbcTrainingRecords(Jdbc jdbc, FreeText text) {
    this.jdbc = jdbc;
    this.text = text;
  }

  @Override
  public void add(Entry e) {
    jdbc.update(
        "INSERT INTO training_record (user_id, kind, completed_on, recorded_at, recorded_by,"
            + " detail_sealed) VALUES (?, ?, ?, ?, ?, ?)",
        s -> {
          s.setLong(1, e.userId());
          s.setString(2, e.kind().name());
          s.setObject(3, e.completedOn());
          s.setObject(4, Jdbc.toColumn(e.recordedAt()));
          s.setString(5, e.recordedBy());
          s.setBytes(6, text.seal("training_record", "detail", e.detail()));
        });
  }

  @Override
  public Optional<LocalDate> latest(long userId, Kind kind) {
    return jdbc
        .query(
            "SELECT MAX(completed_on) FROM training_record WHERE user_id = ? AND kind = ?",
            s -> {
              s.setLong(1, userId);
              s.setString(2, kind.name());
            },
            row -> row.getObject(1, LocalDate.class))
        .stream()
        .filter(d -> d != null)
        .findFirst();
  }

  @Override
  public List<Entry> history(long userId) {
    return jdbc.query(
        "SELECT user_id, kind, completed_on, recorded_at, recorded_by, detail, detail_sealed"
            + " FROM training_record"
            + " WHERE user_id = ? ORDER BY completed_on DESC, id DESC",
        s -> s.setLong(1, userId),
        row ->
            new Entry(
                row.getLong("user_id"),
                Kind.valueOf(row.getString("kind")),
                row.getObject("completed_on", LocalDate.class),
                Jdbc.instant(row, "recorded_at"),
                row.getString("recorded_by"),
                text.read(row, "training_record", "detail")));
  }
}
