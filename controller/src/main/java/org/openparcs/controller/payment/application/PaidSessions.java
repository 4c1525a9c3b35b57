package org.openparcs.controller.payment.application;

import java.util.UUID;

/** Parking sessions as payments see them. */
public interface PaidSessions {

  /** Whether a session exists here and is still open. */
  enum State {
    UNKNOWN,
    OPEN,
    CLOSED
  }

  State state(UUID sessionId);

  /** Records the tariff version a session is charged by, unless one is recorded already. */
  void pinTariffVersion(UUID sessionId, String version);
}
