package org.openparcs.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;

/**
 * A service's settings as a Java properties file only its owner can read or write (mode 600), made
 * before anything is written into it, so a secret is never readable by another local user.
 */
final class SettingsFile {

  private SettingsFile() {}

  static void write(Path file, Map<String, String> settings) {
    Properties p = new Properties();
    p.putAll(settings);
    StringWriter text = new StringWriter();
    try {
      p.store(text, "PARCS demo settings: secrets, readable by the owner only");
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(
          file, text.toString(), StandardCharsets.ISO_8859_1, StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the settings file " + file, e);
    }
  }
}
