package org.openparcs.bridge.osdp.acu;

import org.openparcs.bridge.osdp.PdId;

/**
 * What a peripheral reports to the controller. Called on the device's own thread: keep it short.
 */
public interface OsdpDeviceListener {

  /** The peripheral answered its ID request: it is online (again). */
  default void online(PdId id) {}

  /** The peripheral stopped answering, or answers garbage: it is offline. */
  default void offline(String reason) {}

  /** A card was presented: its number (see {@link org.openparcs.bridge.osdp.CardNumber}). */
  default void cardRead(String cardNumber) {}
}
