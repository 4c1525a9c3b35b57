package org.openparcs.bridge.camera;

/**
 * A push that cannot be taken: the message says what is wrong in words a camera installer can act
 * on, and never echoes more than a short excerpt of what was sent.
 */
public final class CameraPushException extends Exception {

  /** What kind of fault, for the HTTP status and the log line. */
  public enum Kind {
    /** The body is not the format it claims (broken multipart, JSON, XML). */
    MALFORMED,
    /** XML with a DTD or entities: refused without expanding anything (XXE, billion laughs). */
    UNSAFE_XML,
    /** A part said to be a picture is not a JPEG image. */
    NOT_AN_IMAGE,
    /** Well-formed, but a required field is missing or out of range. */
    INVALID
  }

  private final Kind kind;

  public CameraPushException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public CameraPushException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
