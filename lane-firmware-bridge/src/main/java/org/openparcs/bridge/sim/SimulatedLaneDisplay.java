package org.openparcs.bridge.sim;

import java.util.ArrayList;
import java.util.List;
import org.openparcs.bridge.osdp.PdId;
import org.openparcs.bridge.osdp.TextCommand;

/**
 * A lane's message display driven over OSDP: {@code rows} lines of {@link TextCommand#MAX_TEXT}
 * characters; a TEXT command writes from its row and column, padding the line with spaces.
 */
public final class SimulatedLaneDisplay extends SimulatedOsdpPeripheral {

  private final char[][] rows;
  private final char[][] temporary;
  private final long[] temporaryUntil;

  public SimulatedLaneDisplay(String name, int address, int rows) {
    super(name, address, new PdId(0x00_0A_5E, 2, 1, 2000 + address, 1, 0, 0));
    this.rows = new char[rows][TextCommand.MAX_TEXT];
    this.temporary = new char[rows][TextCommand.MAX_TEXT];
    this.temporaryUntil = new long[rows];
    for (char[] row : this.rows) {
      java.util.Arrays.fill(row, ' ');
    }
  }

  /** The lines shown now (temporary text while its time runs), trailing spaces removed. */
  public synchronized List<String> lines() {
    List<String> lines = new ArrayList<>();
    long now = System.nanoTime();
    for (int i = 0; i < rows.length; i++) {
      char[] row = temporaryUntil[i] - now > 0 ? temporary[i] : rows[i];
      lines.add(new String(row).stripTrailing());
    }
    return lines;
  }

  /** All lines joined by " / ", for logs and assertions. */
  public String shown() {
    return String.join(" / ", lines()).strip();
  }

  @Override
  protected synchronized boolean text(TextCommand text) {
    if (text.row() > rows.length) {
      return false;
    }
    boolean lasting =
        text.mode() == TextCommand.Mode.PERMANENT_NO_WRAP
            || text.mode() == TextCommand.Mode.PERMANENT_WRAP;
    char[] row = lasting ? rows[text.row() - 1] : temporary[text.row() - 1];
    if (!lasting) {
      // Temporary text shows for its seconds, then the lasting text is back.
      temporaryUntil[text.row() - 1] = System.nanoTime() + text.seconds() * 1_000_000_000L;
    }
    java.util.Arrays.fill(row, text.column() - 1, row.length, ' ');
    for (int i = 0; i < text.text().length() && text.column() - 1 + i < row.length; i++) {
      row[text.column() - 1 + i] = text.text().charAt(i);
    }
    return true;
  }
}
