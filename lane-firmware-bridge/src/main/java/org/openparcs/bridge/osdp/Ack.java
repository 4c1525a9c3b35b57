package org.openparcs.bridge.osdp;

import java.nio.ByteBuffer;

/** osdp_ACK (0x40), no data: the command was accepted and there is nothing to report. */
public record Ack() implements OsdpReply {

  public static final int CODE = 0x40;

  @Override
  public int code() {
    return CODE;
  }

  @Override
  public String name() {
    return "osdp_ACK";
  }

  @Override
  public <T> T accept(Visitor<T> visitor) {
    return visitor.ack(this);
  }

  /** No data. */
  public static final class Serializer {
    private Serializer() {}

    public static void encode(Ack ack, ByteBuffer out) {}

    public static Ack decode(ByteBuffer data) throws OsdpDecodeException {
      Fields.expect(data, 0, "osdp_ACK");
      return new Ack();
    }
  }
}
