package org.openparcs.identity;

import java.util.regex.Pattern;

/** Key ids: 1 to 64 of {@code [A-Za-z0-9._-]}, so they fit a header and a log line as they are. */
public final class KeyIds {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private KeyIds() {}

  public static boolean isValid(String keyId) {
    return keyId != null && VALID.matcher(keyId).matches();
  }

  static void check(String keyId) {
    if (!isValid(keyId)) {
      throw new IllegalArgumentException("a key id is 1 to 64 of A-Z a-z 0-9 . _ -");
    }
  }
}
