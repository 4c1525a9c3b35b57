package org.openparcs.bridge.io;

/**
 * Why a transaction with an I/O module failed. Each kind is its own type so the lane can tell a
 * module that is away from one that answers nonsense.
 */
public abstract sealed class IoModuleException extends Exception {

  private final String device;

  protected IoModuleException(String device, String message, Throwable cause) {
    super(device + ": " + message, cause);
    this.device = device;
  }

  public String device() {
    return device;
  }

  /** A short operator-facing name of the failure kind. */
  public abstract String kind();

  /** The module cannot be reached: connection refused, reset or closed. */
  public static final class Unreachable extends IoModuleException {
    public Unreachable(String device, String message, Throwable cause) {
      super(device, message, cause);
    }

    @Override
    public String kind() {
      return "unreachable";
    }
  }

  /** The module did not answer within the timeout. */
  public static final class Timeout extends IoModuleException {
    public Timeout(String device, String message, Throwable cause) {
      super(device, message, cause);
    }

    @Override
    public String kind() {
      return "timeout";
    }
  }

  /** The module answered with a Modbus exception code (e.g. 2 illegal data address). */
  public static final class Rejected extends IoModuleException {
    private final int exceptionCode;

    public Rejected(String device, int exceptionCode, String message) {
      super(device, "exception code " + exceptionCode + " (" + message + ")", null);
      this.exceptionCode = exceptionCode;
    }

    public int exceptionCode() {
      return exceptionCode;
    }

    @Override
    public String kind() {
      return "rejected";
    }
  }

  /** The module answered something that is not a valid reply to what was asked. */
  public static final class Malformed extends IoModuleException {
    public Malformed(String device, String message, Throwable cause) {
      super(device, message, cause);
    }

    @Override
    public String kind() {
      return "malformed reply";
    }
  }
}
