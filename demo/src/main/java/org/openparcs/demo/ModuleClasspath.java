package org.openparcs.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The runtime classpath of a built module: its classes plus the jars Maven wrote down. */
final class ModuleClasspath {

  private ModuleClasspath() {}

  static String of(Path moduleDir) {
    Path classes = moduleDir.resolve("target/classes");
    Path list = moduleDir.resolve("target/classpath.txt");
    if (!Files.isDirectory(classes) || !Files.isRegularFile(list)) {
      throw new IllegalStateException(
          moduleDir.getFileName() + " is not built: run ./mvnw -DskipTests install first");
    }
    try {
      return classes.toAbsolutePath() + ":" + Files.readString(list).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository root: the folder holding the modules, found from the working directory. */
  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("controller")) && Files.isRegularFile(d.resolve("mvnw"))) {
        return d;
      }
    }
    throw new IllegalStateException(
        "run from inside the PARCS repository (no controller/ above " + dir + ")");
  }
}
