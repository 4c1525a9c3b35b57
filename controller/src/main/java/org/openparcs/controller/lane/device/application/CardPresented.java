package org.openparcs.controller.lane.device.application;

import org.openparcs.controller.garage.model.LaneId;

/** A card was held to a lane's reader. */
public interface CardPresented {

  /**
   * @param reader the reader's id (as configured)
   * @param cardNumber the card's number as the reader gave it (Wiegand 26: {@code facility:number})
   */
  void presented(LaneId lane, String reader, String cardNumber);
}
