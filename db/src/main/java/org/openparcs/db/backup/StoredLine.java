package org.openparcs.db.backup;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A line of the {@link DecisionJournal} as stored: its fields clear ({@code k=v&k=v}) or sealed,
 * and its place in the hash chain, which covers the stored text.
 */
record StoredLine(long seq, Instant at, String type, String fields, String prev, String hash) {

  static StoredLine chained(long seq, Instant at, String type, String fields, String prev) {
    return new StoredLine(seq, at, type, fields, prev, hash(prev, body(seq, at, type, fields)));
  }

  /** The line with its end of line, as written to the file. */
  String line() {
    return body(seq, at, type, fields) + "\t" + prev + "\t" + hash + "\n";
  }

  private static String body(long seq, Instant at, String type, String fields) {
    return seq + "\t" + at + "\t" + type + "\t" + fields;
  }

  static String encode(Map<String, String> data) {
    StringBuilder fields = new StringBuilder();
    data.forEach(
        (k, v) -> {
          if (fields.length() > 0) {
            fields.append('&');
          }
          fields.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
    return fields.toString();
  }

  static Map<String, String> decode(String fields) {
    Map<String, String> data = new LinkedHashMap<>();
    if (!fields.isEmpty()) {
      for (String pair : fields.split("&")) {
        int eq = pair.indexOf('=');
        data.put(
            pair.substring(0, eq),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return data;
  }

  static String hash(String prev, String body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(prev.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      return HexFormat.of().formatHex(sha.digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
