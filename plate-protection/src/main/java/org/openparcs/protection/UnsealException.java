package org.openparcs.protection;

/**
 * A sealed value or file could not be opened: tampered, truncated, moved to another column (context
 * mismatch), or sealed under a key no longer configured. The message never carries the plaintext or
 * a key.
 */
public final class UnsealException extends RuntimeException {
  public UnsealException(String message) {
    super(message);
  }

  public UnsealException(String message, Throwable cause) {
    super(message, cause);
  }
}
