package org.openparcs.controller.camera;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The labelled plate photos in {@code shared/plates} (never copied into the repository), found
 * through {@code -Dparcs.plates.dir} or by walking up from the working directory. A test that needs
 * them is skipped, saying so, where they are absent (a user's own clone); CI has them.
 */
final class SharedPlates {

  /** One labelled photo. */
  record Photo(Path file, String plate) {
    byte[] bytes() {
      try {
        return Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private SharedPlates() {}

  /** The first {@code n} photos of {@code set}, in the order of its truth.csv. */
  static List<Photo> first(String set, int n) {
    Optional<Path> root = find();
    assumeTrue(
        root.isPresent(),
        "labelled plate photos not found: set -Dparcs.plates.dir or provide shared/plates above "
            + Path.of("").toAbsolutePath());
    Path dir = root.get().resolve(set);
    Path truth = dir.resolve("truth.csv");
    assumeTrue(Files.isRegularFile(truth), "missing " + truth);
    try {
      return Files.readAllLines(truth).stream()
          .skip(1)
          .filter(line -> !line.isBlank())
          .map(line -> line.split(","))
          .map(cols -> new Photo(dir.resolve(cols[0]), cols[1].trim()))
          .filter(p -> Files.isRegularFile(p.file()))
          .limit(n)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Path> find() {
    String configured = System.getProperty("parcs.plates.dir");
    if (configured != null && !configured.isBlank()) {
      Path p = Path.of(configured);
      return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("plates");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
