package org.openparcs.controller.operator.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * What the garage keeps of a session token: its SHA-256, never the token (a copy of the database
 * opens no session). The session's CSRF token is derived from the session token under its own
 * label, so it need not be stored either and cannot be computed from what is stored. Tokens are 32
 * random bytes: a plain hash is as hard to reverse as the token is to guess.
 */
public final class SessionTokens {

  private static final String CSRF_LABEL = "parcs-console-csrf\n";

  private SessionTokens() {}

  /** The key a session is stored under. */
  public static byte[] hash(String token) {
    return sha256(token);
  }

  /** The CSRF token of the session opened with {@code token}. */
  public static String csrf(String token) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(CSRF_LABEL + token));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
