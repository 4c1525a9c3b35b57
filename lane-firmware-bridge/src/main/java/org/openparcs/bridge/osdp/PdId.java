package org.openparcs.bridge.osdp;

import java.nio.ByteBuffer;

/**
 * osdp_PDID (0x45): who the PD is, answering osdp_ID. Twelve data bytes.
 *
 * @param vendorCode bytes 0..2, IEEE OUI of the manufacturer (0..0xFFFFFF, LSB first)
 * @param model byte 3, manufacturer's model number (0..255)
 * @param version byte 4, manufacturer's version of the model (0..255)
 * @param serialNumber bytes 5..8, serial number (0..0xFFFFFFFF, LSB first)
 * @param firmwareMajor byte 9 (0..255)
 * @param firmwareMinor byte 10 (0..255)
 * @param firmwareBuild byte 11 (0..255)
 */
public record PdId(
    int vendorCode,
    int model,
    int version,
    long serialNumber,
    int firmwareMajor,
    int firmwareMinor,
    int firmwareBuild)
    implements OsdpReply {

  public static final int CODE = 0x45;

  public PdId {
    Fields.check(vendorCode, 0, 0xFFFFFF, "vendor code");
    Fields.check(model, 0, 0xFF, "model");
    Fields.check(version, 0, 0xFF, "version");
    if (serialNumber < 0 || serialNumber > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("serial number must be 32-bit unsigned");
    }
    Fields.check(firmwareMajor, 0, 0xFF, "firmware major");
    Fields.check(firmwareMinor, 0, 0xFF, "firmware minor");
    Fields.check(firmwareBuild, 0, 0xFF, "firmware build");
  }

  /** E.g. {@code vendor 0A0B0C model 1 v2 serial 12345 fw 1.2.3}. */
  public String describe() {
    return String.format(
        "vendor %06X model %d v%d serial %d fw %d.%d.%d",
        vendorCode, model, version, serialNumber, firmwareMajor, firmwareMinor, firmwareBuild);
  }

  @Override
  public int code() {
    return CODE;
  }

  @Override
  public String name() {
    return "osdp_PDID";
  }

  @Override
  public <T> T accept(Visitor<T> visitor) {
    return visitor.pdId(this);
  }

  /** Twelve bytes as listed on the record. */
  public static final class Serializer {
    private Serializer() {}

    public static void encode(PdId id, ByteBuffer out) {
      out.put((byte) id.vendorCode())
          .put((byte) (id.vendorCode() >>> 8))
          .put((byte) (id.vendorCode() >>> 16))
          .put((byte) id.model())
          .put((byte) id.version());
      for (int i = 0; i < 4; i++) {
        out.put((byte) (id.serialNumber() >>> (8 * i)));
      }
      out.put((byte) id.firmwareMajor())
          .put((byte) id.firmwareMinor())
          .put((byte) id.firmwareBuild());
    }

    public static PdId decode(ByteBuffer data) throws OsdpDecodeException {
      Fields.expect(data, 12, "osdp_PDID");
      int vendor = Fields.u8(data) | Fields.u8(data) << 8 | Fields.u8(data) << 16;
      int model = Fields.u8(data);
      int version = Fields.u8(data);
      long serial = 0;
      for (int i = 0; i < 4; i++) {
        serial |= (long) Fields.u8(data) << (8 * i);
      }
      return new PdId(
          vendor, model, version, serial, Fields.u8(data), Fields.u8(data), Fields.u8(data));
    }
  }
}
