package org.openparcs.portal.hotlist.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.hotlist.model.EntryForm;
import org.openparcs.portal.hotlist.model.HotList;
import org.openparcs.portal.hotlist.model.HotListEntry;
import org.openparcs.portal.hotlist.model.HotListKind;

/** Hot lists and their entries. */
public interface HotLists {

  long create(
      String name, HotListKind kind, boolean external, String source, String by, Instant at);

  Optional<HotList> find(long listId);

  List<HotList> all();

  long addEntry(long listId, EntryForm entry, String by, Instant at);

  /** The entry, locked until the unit of work ends. */
  Optional<HotListEntry> lockEntry(long entryId);

  void approve(long entryId, String by, Instant at);

  void remove(long entryId, String by, Instant at);

  /** The entries not removed, newest first, at most {@code limit}. */
  List<HotListEntry> entries(long listId, int limit);

  /**
   * Makes an external list hold exactly {@code entries}: an entry unchanged since the last import
   * keeps its approval, a new or changed one waits for a supervisor, one no longer in the file is
   * removed; the list is marked refreshed at {@code at}.
   *
   * @return added, kept and removed counts
   */
  long[] replaceExternal(long listId, List<EntryForm> entries, String by, Instant at);
}
