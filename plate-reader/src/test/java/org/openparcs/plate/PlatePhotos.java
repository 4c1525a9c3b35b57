package org.openparcs.plate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The labelled photos in {@code shared/plates}, found through the system property {@code
 * parcs.plates.dir} or by walking up from the working directory. Never copied into the repository.
 */
public final class PlatePhotos {

  private PlatePhotos() {}

  /** The folder, or a visible skip naming what is missing. */
  public static Path folder() {
    Optional<Path> found = find();
    assumeTrue(
        found.isPresent(),
        "labelled plate photos not found: set -Dparcs.plates.dir or provide shared/plates above "
            + Path.of("").toAbsolutePath());
    return found.get();
  }

  /** The bytes of one photo, e.g. {@code photo("eu", "test_093.jpg")}. */
  public static byte[] photo(String set, String file) {
    Path path = folder().resolve(set).resolve(file);
    assumeTrue(Files.isRegularFile(path), "missing labelled photo " + path);
    try {
      return Files.readAllBytes(path);
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
