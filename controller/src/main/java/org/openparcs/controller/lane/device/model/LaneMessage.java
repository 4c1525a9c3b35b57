package org.openparcs.controller.lane.device.model;

import java.math.RoundingMode;
import org.openparcs.controller.shared.model.Money;

/**
 * Two lines for a lane's message display, printable ASCII, at most {@link #WIDTH} characters each.
 */
public record LaneMessage(String top, String bottom) {

  /** Characters per line on the lane displays we drive (one OSDP TEXT command per line). */
  public static final int WIDTH = 32;

  public LaneMessage {
    top = line(top);
    bottom = line(bottom);
  }

  /** Entry, nobody there: the greeting. */
  public static LaneMessage welcome(String garageName) {
    return new LaneMessage("WELCOME", garageName);
  }

  /** Exit, nobody there. */
  public static LaneMessage exitIdle() {
    return new LaneMessage("EXIT", "THANK YOU FOR VISITING");
  }

  /** Entry granted. */
  public static LaneMessage pleaseDriveIn() {
    return new LaneMessage("WELCOME", "PLEASE DRIVE IN");
  }

  /** Exit: what the stay costs still to pay. */
  public static LaneMessage amountDue(Money due) {
    return new LaneMessage(
        "AMOUNT DUE",
        due.currency().getCurrencyCode()
            + " "
            + due.toDecimal()
                .setScale(due.currency().getDefaultFractionDigits(), RoundingMode.UNNECESSARY)
                .toPlainString());
  }

  /** Exit granted, nothing to pay. */
  public static LaneMessage nothingDue() {
    return new LaneMessage("NOTHING TO PAY", "THANK YOU, DRIVE SAFELY");
  }

  /** Refused, or the lane needs a person. */
  public static LaneMessage seeAttendant(String why) {
    return new LaneMessage("PLEASE SEE ATTENDANT", why);
  }

  private static String line(String text) {
    String s = text == null ? "" : text.strip();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length() && out.length() < WIDTH; i++) {
      char c = s.charAt(i);
      out.append(c >= 0x20 && c <= 0x7E ? c : '?');
    }
    return out.length() == 0 ? " " : out.toString();
  }
}
