package org.openparcs.portal.protection.infrastructure;

import java.util.List;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/**
 * The converter of POLICY K1: seals the plates a schema older than V80 left in clear (received
 * payloads, hot lists, hits, sharing, legal holds), and the free text people typed before V90
 * ({@link FreeText}), and clears the old columns, in batches. A fresh database never holds a clear
 * plate, and a second run finds nothing. Audit records are the exception: the trail is immutable
 * (POLICY T2), so terms recorded before V80 stay as they were.
 */
final class ClearPlates {

  private record Clear(long id, String value) {}

  private record Event(long rowNo, String payload) {}

  private final Jdbc jdbc;
  private final UnitOfWork unitOfWork;
  private final PlateCipher cipher;
  private final PlateLookup lookup;
  private final EventPlates events;
  private final int batch;

  ClearPlates(
      Jdbc jdbc,
      UnitOfWork unitOfWork,
      PlateCipher cipher,
      PlateLookup lookup,
      EventPlates events,
      int batch) {
    this.jdbc = jdbc;
    this.unitOfWork = unitOfWork;
    this.cipher = cipher;
    this.lookup = lookup;
    this.events = events;
    this.batch = batch;
  }

  /** Seals every clear plate; returns how many rows it converted. */
  long sealAll() {
    long done = events();
    done +=
        column(
            "hot_list_entry",
            "id",
            "plate",
            "plate_sealed",
            "plate_hash",
            SealedContexts.HOT_LIST_ENTRY,
            "");
    done +=
        column(
            "hot_list_hit",
            "id",
            "plate",
            "plate_sealed",
            "plate_hash",
            SealedContexts.HOT_LIST_HIT,
            "");
    done +=
        column(
            "shared_record",
            "row_no",
            "plate",
            "plate_sealed",
            "plate_hash",
            SealedContexts.SHARED_RECORD,
            "");
    done +=
        column(
            "sharing_request",
            "id",
            "plates",
            "plates_sealed",
            null,
            SealedContexts.SHARING_REQUEST,
            "");
    done +=
        column(
            "legal_hold",
            "id",
            "target",
            "target_sealed",
            "target_hash",
            SealedContexts.LEGAL_HOLD,
            " AND target_kind = 'PLATE'");
    for (FreeText.Column c : FreeText.COLUMNS) {
      done += column(c.table(), c.id(), c.clear(), c.sealed(), null, c.context(), "");
    }
    return done;
  }

  private long events() {
    long done = 0;
    String has =
        String.join(
            " OR ",
            EventPlates.FIELDS.stream().map(f -> "JSON_EXISTS(payload, '$." + f + "')").toList());
    while (true) {
      int converted = unitOfWork.inTransaction(() -> eventBatch(has));
      if (converted == 0) {
        return done;
      }
      done += converted;
    }
  }

  /** One batch of events with clear plate fields, sealed; returns how many. */
  private int eventBatch(String has) {
    List<Event> rows =
        jdbc.query(
            "SELECT row_no, payload FROM received_event WHERE plate_fields IS NULL AND ("
                + has
                + ") ORDER BY row_no LIMIT ?",
            s -> s.setInt(1, batch),
            r -> new Event(r.getLong(1), r.getString(2)));
    if (rows.isEmpty()) {
      return 0;
    }
    jdbc.batch(
        "UPDATE received_event SET payload = ?, plate_fields = ?, plate_hash = ? WHERE row_no = ?",
        rows,
        (s, e) -> {
          EventPlates.Split split = events.split(e.payload());
          s.setString(1, split.payload());
          s.setBytes(2, split.sealed());
          s.setBytes(3, split.hash());
          s.setLong(4, e.rowNo());
        });
    return rows.size();
  }

  private long column(
      String table,
      String id,
      String clear,
      String sealed,
      String hash,
      String context,
      String filter) {
    long done = 0;
    while (true) {
      int converted =
          unitOfWork.inTransaction(
              () -> columnBatch(table, id, clear, sealed, hash, context, filter));
      if (converted == 0) {
        return done;
      }
      done += converted;
    }
  }

  private int columnBatch(
      String table,
      String id,
      String clear,
      String sealed,
      String hash,
      String context,
      String filter) {
    List<Clear> rows =
        jdbc.query(
            "SELECT "
                + id
                + ", "
                + clear
                + " FROM "
                + table
                + " WHERE "
                + clear
                + " IS NOT NULL"
                + filter
                + " ORDER BY "
                + id
                + " LIMIT ?",
            s -> s.setInt(1, batch),
            r -> new Clear(r.getLong(1), r.getString(2)));
    if (rows.isEmpty()) {
      return 0;
    }
    jdbc.batch(
        "UPDATE "
            + table
            + " SET "
            + sealed
            + " = ?"
            + (hash == null ? "" : ", " + hash + " = ?")
            + ", "
            + clear
            + " = NULL WHERE "
            + id
            + " = ?",
        rows,
        (s, row) -> {
          int i = 1;
          s.setBytes(i++, cipher.seal(row.value(), context));
          if (hash != null) {
            s.setBytes(i++, lookup.hash(row.value()));
          }
          s.setLong(i, row.id());
        });
    return rows.size();
  }
}
