package org.openparcs.bench.plates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openparcs.plate.PlateBox;

/**
 * One labelled image of a {@code truth.csv}: {@code file,plate[,x,y,w,h,...]} with a header row.
 *
 * @param file image file name, relative to the folder
 * @param plate labelled text
 * @param box labelled plate box, when the file gives one
 */
record TruthRow(String file, String plate, Optional<PlateBox> box) {

  static List<TruthRow> load(Path truthCsv) throws IOException {
    List<String> lines = Files.readAllLines(truthCsv);
    List<TruthRow> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      rows.add(new TruthRow(f[0].trim(), f[1].trim().toUpperCase(), box(f)));
    }
    return rows;
  }

  private static Optional<PlateBox> box(String[] f) {
    if (f.length < 6) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new PlateBox(
              Integer.parseInt(f[2].trim()),
              Integer.parseInt(f[3].trim()),
              Integer.parseInt(f[4].trim()),
              Integer.parseInt(f[5].trim())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
