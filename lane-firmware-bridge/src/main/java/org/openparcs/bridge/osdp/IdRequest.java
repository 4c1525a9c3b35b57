package org.openparcs.bridge.osdp;

import java.nio.ByteBuffer;

/**
 * osdp_ID (0x61): asks the PD who it is; answered with osdp_PDID.
 *
 * @param reportType byte 0, 0..255: 0x00 asks for the standard PD ID block
 */
public record IdRequest(int reportType) implements OsdpCommand {

  public static final int CODE = 0x61;

  /** The standard PD ID block. */
  public static final IdRequest STANDARD = new IdRequest(0);

  public IdRequest {
    Fields.check(reportType, 0, 0xFF, "report type");
  }

  @Override
  public int code() {
    return CODE;
  }

  @Override
  public String name() {
    return "osdp_ID";
  }

  @Override
  public <T> T accept(Visitor<T> visitor) {
    return visitor.id(this);
  }

  /** One data byte: the report type. */
  public static final class Serializer {
    private Serializer() {}

    public static void encode(IdRequest request, ByteBuffer out) {
      out.put((byte) request.reportType());
    }

    public static IdRequest decode(ByteBuffer data) throws OsdpDecodeException {
      Fields.expect(data, 1, "osdp_ID");
      return new IdRequest(Fields.u8(data));
    }
  }
}
