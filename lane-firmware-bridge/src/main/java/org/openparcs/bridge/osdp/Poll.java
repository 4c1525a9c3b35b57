package org.openparcs.bridge.osdp;

import java.nio.ByteBuffer;

/**
 * osdp_POLL (0x60), no data: "anything to report?". The PD answers osdp_ACK, or a report such as
 * card data.
 */
public record Poll() implements OsdpCommand {

  public static final int CODE = 0x60;

  @Override
  public int code() {
    return CODE;
  }

  @Override
  public String name() {
    return "osdp_POLL";
  }

  @Override
  public <T> T accept(Visitor<T> visitor) {
    return visitor.poll(this);
  }

  /** Encodes and decodes the (empty) data of the message. */
  public static final class Serializer {
    private Serializer() {}

    public static void encode(Poll poll, ByteBuffer out) {}

    public static Poll decode(ByteBuffer data) throws OsdpDecodeException {
      Fields.expect(data, 0, "osdp_POLL");
      return new Poll();
    }
  }
}
