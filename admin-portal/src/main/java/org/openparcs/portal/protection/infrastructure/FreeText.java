package org.openparcs.portal.protection.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.openparcs.protection.PlateCipher;

/**
 * Free text people type at the portal, sealed at rest like plate text (POLICY K1): a plate typed
 * into a hold's reason, a hot-list synopsis or a note must not be readable in a dump. Each column
 * in {@link #COLUMNS} has a sealed twin ({@code <column>_sealed}, migration V90); rows written
 * before it keep the clear column until the start-up converter seals it. Structured values (enums,
 * codes, ids, case numbers, the names of accountable people) stay clear.
 */
public final class FreeText {

  /** A free-text column: table, numeric id, clear column; its sealed twin and context follow. */
  public record Column(String table, String id, String clear) {

    public String sealed() {
      return clear + "_sealed";
    }

    public String context() {
      return FreeText.context(table, clear);
    }
  }

  /** Every free-text column the portal seals (converter and re-key walk them). */
  public static final List<Column> COLUMNS =
      List.of(
          new Column("legal_hold", "id", "reason"),
          new Column("legal_hold", "id", "release_reason"),
          new Column("hot_list_entry", "id", "synopsis"),
          new Column("hot_list_hit", "id", "disposition_note"),
          new Column("sharing_request", "id", "reason"),
          new Column("sharing_request", "id", "refusal"),
          new Column("sharing_agency", "id", "note"),
          new Column("finding_review", "id", "note"),
          new Column("training_record", "id", "detail"));

  private final PlateCipher cipher;

  public FreeText(PlateCipher cipher) {
    this.cipher = cipher;
  }

  /** {@code text} sealed for {@code table.column}; null stays null. */
  public byte[] seal(String table, String column, String text) {
    return cipher.sealNullable(text, context(table, column));
  }

  /**
   * The text of {@code column} in this row: opened from its sealed twin, or as a row written before
   * V90 holds it until the converter reaches it. The query selects both.
   */
  public String read(ResultSet row, String table, String column) throws SQLException {
    byte[] sealed = row.getBytes(column + "_sealed");
    return sealed != null ? cipher.open(sealed, context(table, column)) : row.getString(column);
  }

  static String context(String table, String column) {
    return "portal." + table + "." + column;
  }
}
