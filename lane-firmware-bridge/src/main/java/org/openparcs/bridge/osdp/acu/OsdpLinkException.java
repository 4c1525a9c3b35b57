package org.openparcs.bridge.osdp.acu;

/** The link to a peripheral failed: no connection, connection lost, or no answer in time. */
public class OsdpLinkException extends Exception {

  private final String kind;

  public OsdpLinkException(String kind, String message) {
    super(message);
    this.kind = kind;
  }

  /** {@code connect}, {@code timeout} or {@code closed}: a short name of the failure. */
  public String kind() {
    return kind;
  }
}
