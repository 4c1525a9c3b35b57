package org.openparcs.protection;

/** The key configuration is missing or malformed; the message names the setting and the fault. */
public final class KeyConfigurationException extends RuntimeException {
  public KeyConfigurationException(String message) {
    super(message);
  }
}
