package org.openparcs.portal.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Looks for texts in every file under a folder, as bytes and as hex in either case (POLICY K1: a
 * plate must not be readable in the service's files). Reads files in chunks, so a database's data
 * files of some hundred megabytes pass through without being held whole.
 */
final class FileScan {

  private static final int CHUNK = 1 << 20;

  private FileScan() {}

  /** Each "text in file" found; empty when none of the texts is in any file. */
  static List<String> findIn(Path folder, List<String> texts) throws IOException {
    List<byte[]> needles = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String text : texts) {
      byte[] plain = text.getBytes(StandardCharsets.UTF_8);
      String hex = HexFormat.of().formatHex(plain);
      for (String form : List.of(text, hex, hex.toUpperCase())) {
        needles.add(form.getBytes(StandardCharsets.US_ASCII));
        names.add(text + (form.equals(text) ? "" : " (hex)"));
      }
    }
    int overlap = needles.stream().mapToInt(n -> n.length).max().orElse(1);
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        scan(file, needles, names, overlap, found);
      }
    }
    return found;
  }

  private static void scan(
      Path file, List<byte[]> needles, List<String> names, int overlap, List<String> found)
      throws IOException {
    List<List<Integer>> byFirst = new ArrayList<>();
    for (int b = 0; b < 256; b++) {
      byFirst.add(new ArrayList<>());
    }
    for (int n = 0; n < needles.size(); n++) {
      byFirst.get(needles.get(n)[0] & 0xff).add(n);
    }
    byte[] buffer = new byte[CHUNK + overlap];
    int kept = 0;
    try (InputStream in = Files.newInputStream(file)) {
      int read;
      while ((read = in.readNBytes(buffer, kept, CHUNK)) > 0) {
        int length = kept + read;
        for (int i = 0; i < length; i++) {
          for (int n : byFirst.get(buffer[i] & 0xff)) {
            if (startsAt(buffer, length, i, needles.get(n))) {
              String hit = names.get(n) + " in " + file;
              if (!found.contains(hit)) {
                found.add(hit);
              }
            }
          }
        }
        kept = Math.min(overlap - 1, length);
        System.arraycopy(buffer, length - kept, buffer, 0, kept);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      // A server's temporary file that went away while the folder was walked.
    }
  }

  private static boolean startsAt(byte[] haystack, int length, int at, byte[] needle) {
    if (at + needle.length > length) {
      return false;
    }
    for (int j = 1; j < needle.length; j++) {
      if (haystack[at + j] != needle[j]) {
        return false;
      }
    }
    return true;
  }
}
