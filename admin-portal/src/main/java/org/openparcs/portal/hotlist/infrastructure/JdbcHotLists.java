package org.openparcs.portal.hotlist.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.hotlist.application.HotLists;
import org.openparcs.portal.hotlist.model.EntryForm;
import org.openparcs.portal.hotlist.model.HotList;
import org.openparcs.portal.hotlist.model.HotListEntry;
import org.openparcs.portal.hotlist.model.HotListKind;
import org.openparcs.portal.protection.infrastructure.FreeText;
import org.openparcs.portal.protection.infrastructure.SealedContexts;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/**
 * Hot lists in {@code hot_list} and {@code hot_list_entry}; removals are marked, not deleted. An
 * entry's plate is sealed, with its lookup hash for matching at ingest, and so is its synopsis
 * (free text, {@link FreeText}) (POLICY K1).
 */
final class JdbcHotLists implements HotLists {

  static final String ENTRY_COLUMNS =
      "e.id, e.list_id, e.plate_sealed, e.entered_by_name, e.entered_by_badge, e.entered_by_unit,"
          + " e.case_numbers, e.synopsis, e.synopsis_sealed, e.entered_at, e.entered_by_user, e.approved_by,"
          + " e.approved_at, e.removed_at";

  private final Jdbc jdbc;
  private final PlateCipher cipher;
  private final PlateLookup lookup;

  JdbcHotLists(Jdbc jdbc, PlateCipher cipher, PlateLookup lookup) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.lookup = lookup;
  }

  @Override
  public long create(
      String name, HotListKind kind, boolean external, String source, String by, Instant at) {
    jdbc.update(
        "INSERT INTO hot_list (name, kind, external, source, created_by, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        s -> {
          s.setString(1, name);
          s.setString(2, kind.name());
          s.setBoolean(3, external);
          s.setString(4, source);
          s.setString(5, by);
          s.setObject(6, Jdbc.toColumn(at));
        });
    return lastId();
  }

  @Override
  public Optional<HotList> find(long listId) {
    return jdbc
        .query(
            "SELECT id, name, kind, external, source, refreshed_at FROM hot_list WHERE id = ?",
            s -> s.setLong(1, listId),
            JdbcHotLists::list)
        .stream()
        .findFirst();
  }

  @Override
  public List<HotList> all() {
    return jdbc.query(
        "SELECT id, name, kind, external, source, refreshed_at FROM hot_list ORDER BY name",
        s -> {},
        JdbcHotLists::list);
  }

  @Override
  public long addEntry(long listId, EntryForm f, String by, Instant at) {
    insert(listId, f, by, at);
    return lastId();
  }

  private void insert(long listId, EntryForm f, String by, Instant at) {
    jdbc.update(
        "INSERT INTO hot_list_entry (list_id, plate_sealed, entered_by_name, entered_by_badge,"
            + " entered_by_unit, case_numbers, synopsis_sealed, entered_at, entered_by_user,"
            + " plate_hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s -> {
          s.setLong(1, listId);
          s.setBytes(2, cipher.seal(f.normalisedPlate(), SealedContexts.HOT_LIST_ENTRY));
          s.setBytes(10, lookup.hash(f.normalisedPlate()));
          s.setString(3, f.name().strip());
          s.setString(4, f.badge().strip());
          s.setString(5, f.unit().strip());
          s.setString(6, f.caseNumbers().strip());
          s.setBytes(
              7, new FreeText(cipher).seal("hot_list_entry", "synopsis", f.synopsis().strip()));
          s.setObject(8, Jdbc.toColumn(at));
          s.setString(9, by);
        });
  }

  @Override
  public Optional<HotListEntry> lockEntry(long entryId) {
    return jdbc
        .query(
            "SELECT " + ENTRY_COLUMNS + " FROM hot_list_entry e WHERE e.id = ? FOR UPDATE",
            s -> s.setLong(1, entryId),
            this::entry)
        .stream()
        .findFirst();
  }

  @Override
  public void approve(long entryId, String by, Instant at) {
    mark("approved_by = ?, approved_at = ?", entryId, by, at);
  }

  @Override
  public void remove(long entryId, String by, Instant at) {
    mark("removed_by = ?, removed_at = ?", entryId, by, at);
  }

  private void mark(String set, long entryId, String by, Instant at) {
    jdbc.update(
        "UPDATE hot_list_entry SET " + set + " WHERE id = ?",
        s -> {
          s.setString(1, by);
          s.setObject(2, Jdbc.toColumn(at));
          s.setLong(3, entryId);
        });
  }

  @Override
  public List<HotListEntry> entries(long listId, int limit) {
    return jdbc.query(
        "SELECT "
            + ENTRY_COLUMNS
            + " FROM hot_list_entry e WHERE e.list_id = ? AND e.removed_at IS NULL"
            + " ORDER BY e.id DESC LIMIT ?",
        s -> {
          s.setLong(1, listId);
          s.setInt(2, limit);
        },
        this::entry);
  }

  @Override
  public long[] replaceExternal(long listId, List<EntryForm> entries, String by, Instant at) {
    List<HotListEntry> current = entries(listId, Integer.MAX_VALUE);
    Map<EntryForm, HotListEntry> byContent = new HashMap<>();
    current.forEach(e -> byContent.put(key(e.form()), e));
    Set<Long> kept = new HashSet<>();
    long added = 0;
    for (EntryForm f :
        new java.util.LinkedHashSet<>(entries.stream().map(JdbcHotLists::key).toList())) {
      HotListEntry same = byContent.get(f);
      if (same != null) {
        kept.add(same.id());
      } else {
        insert(listId, f, by, at);
        added++;
      }
    }
    long removed = 0;
    for (HotListEntry e : current) {
      if (!kept.contains(e.id())) {
        remove(e.id(), by, at);
        removed++;
      }
    }
    jdbc.update(
        "UPDATE hot_list SET refreshed_at = ? WHERE id = ?",
        s -> {
          s.setObject(1, Jdbc.toColumn(at));
          s.setLong(2, listId);
        });
    return new long[] {added, kept.size(), removed};
  }

  /** An entry's content as compared between imports (normalised plate, trimmed text). */
  private static EntryForm key(EntryForm f) {
    return new EntryForm(
        f.normalisedPlate(),
        f.name().strip(),
        f.badge().strip(),
        f.unit().strip(),
        f.caseNumbers().strip(),
        f.synopsis().strip());
  }

  private long lastId() {
    return jdbc.query("SELECT LAST_INSERT_ID()", s -> {}, r -> r.getLong(1)).get(0);
  }

  static HotList list(ResultSet r) throws SQLException {
    return new HotList(
        r.getLong("id"),
        r.getString("name"),
        HotListKind.valueOf(r.getString("kind")),
        r.getBoolean("external"),
        r.getString("source"),
        Jdbc.instant(r, "refreshed_at"));
  }

  HotListEntry entry(ResultSet r) throws SQLException {
    return entry(r, cipher);
  }

  static HotListEntry entry(ResultSet r, PlateCipher cipher) throws SQLException {
    return new HotListEntry(
        r.getLong("id"),
        r.getLong("list_id"),
        new EntryForm(
            cipher.open(r.getBytes("plate_sealed"), SealedContexts.HOT_LIST_ENTRY),
            r.getString("entered_by_name"),
            r.getString("entered_by_badge"),
            r.getString("entered_by_unit"),
            r.getString("case_numbers"),
            new FreeText(cipher).read(r, "hot_list_entry", "synopsis")),
        Jdbc.instant(r, "entered_at"),
        r.getString("entered_by_user"),
        r.getString("approved_by"),
        Jdbc.instant(r, "approved_at"),
        Jdbc.instant(r, "removed_at"));
  }
}
