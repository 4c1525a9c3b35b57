package org.openparcs.bridge.sim;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.openparcs.bridge.osdp.CardNumber;
import org.openparcs.bridge.osdp.FormattedCardData;
import org.openparcs.bridge.osdp.LedColor;
import org.openparcs.bridge.osdp.LedCommand;
import org.openparcs.bridge.osdp.OsdpReply;
import org.openparcs.bridge.osdp.PdId;

/** A lane's OSDP card reader: cards presented are reported at the next polls, one per poll. */
public final class SimulatedCardReader extends SimulatedOsdpPeripheral {

  private final Queue<OsdpReply> presented = new ConcurrentLinkedQueue<>();
  private volatile LedColor led = LedColor.BLACK;

  public SimulatedCardReader(String name, int address) {
    super(name, address, new PdId(0x00_0A_5E, 1, 1, 1000 + address, 1, 0, 0));
  }

  /** A 26-bit Wiegand card ({@code facility:number}) held to the reader. */
  public void presentWiegand(int facility, int number) {
    presented.add(CardNumber.wiegand26(0, facility, number));
  }

  /** A card whose reader sends its number as characters. */
  public void presentFormatted(String number) {
    presented.add(new FormattedCardData(0, false, number));
  }

  /** The colour of LED 0 as last set by the controller. */
  public LedColor led() {
    return led;
  }

  @Override
  protected OsdpReply poll() {
    return presented.poll();
  }

  @Override
  protected void led(LedCommand command) {
    led = command.settings().get(0).permanent().onColor();
  }
}
