package org.openparcs.portal.hotlist.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.ingest.application.HitAlerts;
import org.openparcs.portal.ingest.model.GarageEvent;
import org.openparcs.portal.protection.infrastructure.SealedContexts;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/**
 * Hot-list matching inside the ingest transaction: one indexed lookup of the batch's plates among
 * approved entries of lists that may match now (internal, or external refreshed within the
 * profile's hours), then one row per hit and the hit tallies. A batch without listed plates costs
 * one query.
 */
final class JdbcHitAlerts implements HitAlerts {

  private record Match(long entryId, long listId, String hashHex) {}

  private record Raised(GarageEvent read, Match match) {}

  private final Jdbc jdbc;
  private final int refreshHours;
  private final PlateCipher cipher;
  private final PlateLookup lookup;

  JdbcHitAlerts(Jdbc jdbc, int refreshHours, PlateCipher cipher, PlateLookup lookup) {
    this.jdbc = jdbc;
    this.refreshHours = refreshHours;
    this.cipher = cipher;
    this.lookup = lookup;
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  private static byte[] unhex(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  @Override
  public int raise(GarageId garage, List<GarageEvent> reads, Instant at) {
    // Entries are found by lookup hash (POLICY K1), under every configured lookup key.
    Map<String, String> plateByHash = new HashMap<>();
    for (GarageEvent read : reads) {
      lookup
          .candidates(read.facts().plate())
          .forEach(h -> plateByHash.put(hex(h), read.facts().plate()));
    }
    List<byte[]> hashes = plateByHash.keySet().stream().map(JdbcHitAlerts::unhex).toList();
    List<Match> matches =
        jdbc.query(
            "SELECT e.id, e.list_id, e.plate_hash FROM hot_list_entry e JOIN hot_list l"
                + " ON l.id = e.list_id WHERE e.plate_hash IN ("
                + String.join(", ", Collections.nCopies(hashes.size(), "?"))
                + ") AND e.approved_at IS NOT NULL AND e.removed_at IS NULL"
                + " AND (l.external = FALSE OR l.refreshed_at >= ?)",
            s -> {
              int i = 1;
              for (byte[] h : hashes) {
                s.setBytes(i++, h);
              }
              s.setObject(i, Jdbc.toColumn(at.minus(Duration.ofHours(refreshHours))));
            },
            r -> new Match(r.getLong(1), r.getLong(2), hex(r.getBytes(3))));
    if (matches.isEmpty()) {
      return 0;
    }
    Map<String, List<Match>> byPlate =
        matches.stream().collect(Collectors.groupingBy(m -> plateByHash.get(m.hashHex())));
    List<Raised> raised = new ArrayList<>();
    for (GarageEvent read : reads) {
      byPlate
          .getOrDefault(read.facts().plate(), List.of())
          .forEach(m -> raised.add(new Raised(read, m)));
    }
    jdbc.batch(
        "INSERT IGNORE INTO hot_list_hit (entry_id, list_id, read_event_id, garage_id, lane,"
            + " camera, plate_sealed, read_at, raised_at, plate_hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        raised,
        (s, h) -> {
          s.setLong(1, h.match().entryId());
          s.setLong(2, h.match().listId());
          s.setString(3, h.read().eventId().toString());
          s.setString(4, garage.value());
          s.setString(5, h.read().facts().lane());
          s.setString(6, h.read().facts().camera());
          s.setBytes(7, cipher.seal(h.read().facts().plate(), SealedContexts.HOT_LIST_HIT));
          s.setBytes(10, lookup.hash(h.read().facts().plate()));
          s.setObject(8, Jdbc.toColumn(h.read().occurredAt()));
          s.setObject(9, Jdbc.toColumn(at));
        });
    jdbc.batch(
        "INSERT INTO read_tally (day, garage_id, lane, camera, hits_count) VALUES (?, ?, ?, ?, 1)"
            + " ON DUPLICATE KEY UPDATE hits_count = hits_count + 1",
        raised,
        (s, h) -> {
          s.setObject(1, LocalDate.ofInstant(h.read().occurredAt(), ZoneOffset.UTC));
          s.setString(2, garage.value());
          s.setString(3, h.read().facts().lane());
          s.setString(4, h.read().facts().camera());
        });
    return raised.size();
  }
}
