package org.openparcs.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RekeyTest {
  private static final String CONTEXT = "test.plate";

  /** An in-memory column, for the routine's rules; stores test it over JDBC. */
  private static final class Column implements SealedColumn {
    final TreeMap<Long, SealedRow> rows = new TreeMap<>();
    int rewrites;

    @Override
    public String name() {
      return "t.plate";
    }

    @Override
    public String context() {
      return CONTEXT;
    }

    @Override
    public boolean hashed() {
      return true;
    }

    @Override
    public List<SealedRow> batchAfter(long afterId, int limit, boolean includeCurrent) {
      List<SealedRow> out = new ArrayList<>();
      for (SealedRow row : rows.tailMap(afterId, false).values()) {
        if (out.size() == limit) {
          break;
        }
        out.add(row);
      }
      return out;
    }

    @Override
    public void rewrite(List<SealedRow> changed) {
      rewrites++;
      changed.forEach(row -> rows.put(row.id(), row));
    }
  }

  @Test
  void rotationLeavesNoValueUnderTheOldKeysK1() {
    PlateKeys old = PlateKeys.generate("d1", "l1");
    Column column = new Column();
    for (long id = 1; id <= 25; id++) {
      String plate = "P" + id;
      column.rows.put(
          id,
          new SealedRow(
              id, new PlateCipher(old).seal(plate, CONTEXT), new PlateLookup(old).hash(plate)));
    }
    PlateKeys rotated =
        old.withCurrentDataKey("d2", PlateKeys.randomKey())
            .withCurrentLookupKey("l2", PlateKeys.randomKey());

    RekeyCounts counts = new Rekey(rotated).run(column, 10);

    assertThat(counts).isEqualTo(new RekeyCounts("t.plate", 25, 25, 25));
    PlateKeys dropped = rotated.withoutDataKey("d1").withoutLookupKey("l1");
    PlateCipher cipher = new PlateCipher(dropped);
    PlateLookup lookup = new PlateLookup(dropped);
    for (SealedRow row : column.rows.values()) {
      assertThat(cipher.needsRekey(row.sealed())).isFalse();
      String plate = cipher.open(row.sealed(), CONTEXT);
      assertThat(row.hash()).isEqualTo(lookup.hash(plate));
    }
    assertThat(new Rekey(rotated).run(column, 10)).isEqualTo(new RekeyCounts("t.plate", 25, 0, 0));
  }

  @Test
  void withNothingToRotateNothingIsRewritten() {
    PlateKeys keys = PlateKeys.generate("d1", "l1");
    Column column = new Column();
    column.rows.put(1L, new SealedRow(1, new PlateCipher(keys).seal("A", CONTEXT), null));
    assertThat(new Rekey(keys).run(column, 10)).isEqualTo(new RekeyCounts("t.plate", 1, 0, 0));
    assertThat(column.rewrites).isZero();
  }
}
