package org.openparcs.bridge.io;

/**
 * A lane I/O module: digital inputs wired to loops and barrier sensors, relays wired to the
 * barrier's contacts. Implementations perform one transaction at a time per device and report every
 * failure as an {@link IoModuleException}; none of them retries behind the caller's back.
 */
public interface IoModule extends AutoCloseable {

  /** Reads every digital input of the module in one transaction. */
  DigitalInputs readInputs() throws IoModuleException;

  /**
   * Starts a pulse on {@code relay} (the module times the pulse itself, so a controller that dies
   * mid-pulse never leaves a contact closed).
   *
   * @param relay relay channel, 0-based, below {@link RegisterMap#relays()}
   */
  void pulseRelay(int relay) throws IoModuleException;

  /**
   * Closes or opens {@code relay} and keeps it so (a maintained contact, e.g. a barrier held open
   * for an event). Never retried: the caller reads the result back from the inputs.
   *
   * @param relay relay channel, 0-based, below {@link RegisterMap#relays()}
   */
  void setRelay(int relay, boolean closed) throws IoModuleException;

  /**
   * Reads the rising-edge counters of every digital input; they catch pulses shorter than a poll.
   */
  InputCounters readInputCounters() throws IoModuleException;

  /** A name for logs and operators, e.g. {@code io-entry-1 (127.0.0.1:502 unit 1)}. */
  String describe();

  @Override
  void close();
}
