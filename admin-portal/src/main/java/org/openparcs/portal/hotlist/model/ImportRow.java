package org.openparcs.portal.hotlist.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an external list's file: one entry per line, {@code plate;name;badge;unit;case
 * numbers;synopsis} (semicolons, so that case lists may hold commas). Lines starting with {@code #}
 * and blank lines are skipped.
 */
public final class ImportRow {

  private ImportRow() {}

  /** The entries, or the first problem with its line number. */
  public record Parsed(List<EntryForm> entries, String problem) {}

  public static Parsed parse(String text) {
    List<EntryForm> entries = new ArrayList<>();
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(";", -1);
      if (f.length != 6) {
        return new Parsed(List.of(), "line " + (i + 1) + ": expected 6 fields separated by ';'");
      }
      EntryForm entry = new EntryForm(f[0], f[1], f[2], f[3], f[4], f[5]);
      if (!entry.problems().isEmpty()) {
        return new Parsed(List.of(), "line " + (i + 1) + ": " + entry.problems().get(0));
      }
      entries.add(entry);
    }
    if (entries.isEmpty()) {
      return new Parsed(List.of(), "the file holds no entry");
    }
    if (entries.size() > 100_000) {
      return new Parsed(List.of(), "at most 100000 entries per import");
    }
    return new Parsed(entries, null);
  }
}
