package org.openparcs.portal.hotlist.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.hotlist.application.Hits;
import org.openparcs.portal.hotlist.model.Disposition;
import org.openparcs.portal.hotlist.model.Hit;
import org.openparcs.portal.hotlist.model.HotList;
import org.openparcs.portal.protection.infrastructure.FreeText;
import org.openparcs.portal.protection.infrastructure.SealedContexts;
import org.openparcs.protection.PlateCipher;

/**
 * Hits in {@code hot_list_hit}, with their entry and list; the read plate and the disposition note
 * (free text) are sealed (K1).
 */
final class JdbcHits implements Hits {

  private static final String SELECT =
      "SELECT h.id AS hit_id, h.read_event_id, h.garage_id, h.lane, h.camera, h.plate_sealed AS read_plate,"
          + " h.read_at, h.raised_at, h.disposition, h.disposition_note,"
          + " h.disposition_note_sealed, h.confirmed_by,"
          + " h.confirmed_at, l.id AS l_id, l.name AS l_name, l.kind AS l_kind,"
          + " l.external AS l_external, l.source AS l_source, l.refreshed_at AS l_refreshed, "
          + JdbcHotLists.ENTRY_COLUMNS
          + " FROM hot_list_hit h JOIN hot_list_entry e ON e.id = h.entry_id"
          + " JOIN hot_list l ON l.id = h.list_id ";

  private static final String TABLE = "hot_list_hit";

  private final Jdbc jdbc;
  private final PlateCipher cipher;
  private final FreeText text;

  JdbcHits(Jdbc jdbc, PlateCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.text = new FreeText(cipher);
  }

  @Override
  public List<Hit> recent(List<GarageId> garages, boolean openOnly, int limit) {
    if (garages.isEmpty()) {
      return List.of();
    }
    return jdbc.query(
        SELECT
            + "WHERE h.garage_id IN ("
            + String.join(", ", Collections.nCopies(garages.size(), "?"))
            + ")"
            + (openOnly ? " AND h.confirmed_at IS NULL" : "")
            + " ORDER BY h.raised_at DESC, h.id DESC LIMIT ?",
        s -> {
          int i = 1;
          for (GarageId g : garages) {
            s.setString(i++, g.value());
          }
          s.setInt(i, limit);
        },
        this::hit);
  }

  @Override
  public Optional<Hit> find(long hitId) {
    return jdbc.query(SELECT + "WHERE h.id = ?", s -> s.setLong(1, hitId), this::hit).stream()
        .findFirst();
  }

  @Override
  public boolean dispose(long hitId, Disposition disposition, String note, String by, Instant at) {
    return jdbc.update(
            "UPDATE hot_list_hit SET disposition = ?, disposition_note_sealed = ?,"
                + " compared_plate = TRUE,"
                + " confirmed_by = ?, confirmed_at = ? WHERE id = ? AND confirmed_at IS NULL",
            s -> {
              s.setString(1, disposition.name());
              s.setBytes(2, text.seal(TABLE, "disposition_note", note));
              s.setString(3, by);
              s.setObject(4, Jdbc.toColumn(at));
              s.setLong(5, hitId);
            })
        == 1;
  }

  private Hit hit(ResultSet r) throws SQLException {
    String disposition = r.getString("disposition");
    return new Hit(
        r.getLong("hit_id"),
        new HotList(
            r.getLong("l_id"),
            r.getString("l_name"),
            org.openparcs.portal.hotlist.model.HotListKind.valueOf(r.getString("l_kind")),
            r.getBoolean("l_external"),
            r.getString("l_source"),
            Jdbc.instant(r, "l_refreshed")),
        JdbcHotLists.entry(r, cipher),
        UUID.fromString(r.getString("read_event_id")),
        new GarageId(r.getString("garage_id")),
        r.getString("lane"),
        r.getString("camera"),
        cipher.open(r.getBytes("read_plate"), SealedContexts.HOT_LIST_HIT),
        Jdbc.instant(r, "read_at"),
        Jdbc.instant(r, "raised_at"),
        disposition == null ? null : Disposition.valueOf(disposition),
        text.read(r, TABLE, "disposition_note"),
        r.getString("confirmed_by"),
        Jdbc.instant(r, "confirmed_at"));
  }
}
