package org.openparcs.bridge.osdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OsdpCodecTest {

  static Stream<OsdpCommand> commands() {
    return Stream.of(
        new Poll(),
        IdRequest.STANDARD,
        LedCommand.steady(LedColor.GREEN),
        new LedCommand(
            List.of(
                new LedCommand.Setting(
                    0,
                    1,
                    new LedCommand.Pattern(2, 5, 5, LedColor.RED, LedColor.BLACK),
                    300,
                    LedCommand.Pattern.steady(LedColor.AMBER)),
                new LedCommand.Setting(
                    1, 0, LedCommand.Pattern.NO_CHANGE, 0, LedCommand.Pattern.NO_CHANGE))),
        TextCommand.line(1, "WELCOME"),
        new TextCommand(0, TextCommand.Mode.TEMPORARY_WRAP, 10, 2, 3, "PAY USD 12.50 AT EXIT!!"));
  }

  static Stream<OsdpReply> replies() {
    return Stream.of(
        new Ack(),
        new Nak(Nak.BAD_SEQUENCE),
        new PdId(0x0A0B0C, 7, 2, 0xFEDCBA98L, 1, 2, 3),
        new RawCardData(0, 0, 12, new byte[] {(byte) 0xAB, (byte) 0xC0}),
        CardNumber.wiegand26(0, 12, 34567),
        new FormattedCardData(1, true, "4000123412341234"));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void roundTripsEveryCommandWithCrcAndWithChecksum(OsdpCommand command) throws Exception {
    for (boolean crc : new boolean[] {true, false}) {
      OsdpFrame frame = new OsdpFrame(0x12, 2, crc, command);
      assertThat(OsdpCodec.decodeCommand(OsdpCodec.encode(frame))).isEqualTo(frame);
    }
  }

  @ParameterizedTest
  @MethodSource("replies")
  void roundTripsEveryReplyWithCrcAndWithChecksum(OsdpReply reply) throws Exception {
    for (boolean crc : new boolean[] {true, false}) {
      OsdpFrame frame = new OsdpFrame(0x7E, 3, crc, reply);
      assertThat(OsdpCodec.decodeReply(OsdpCodec.encode(frame))).isEqualTo(frame);
    }
  }

  @Test
  void writesThePollPacketByteForByte() {
    byte[] packet = OsdpCodec.encode(OsdpFrame.command(0x01, 1, new Poll()));
    int crc = OsdpCheck.crc16(packet, 0, 6);
    assertThat(packet).containsExactly(0x53, 0x01, 0x08, 0x00, 0x05, 0x60, crc & 0xFF, crc >>> 8);
    byte[] reply = OsdpCodec.encode(new OsdpFrame(0x01, 1, false, new Ack()));
    assertThat(reply).containsExactly(0x53, 0x81, 0x07, 0x00, 0x01, 0x40, 0xE4 & 0xFF);
  }

  @Test
  void usesTheCrc16OfOsdp() {
    // CRC-16/AUG-CCITT (poly 0x1021, init 0x1D0F): the catalogue check value of "123456789".
    byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
    assertThat(OsdpCheck.crc16(check, 0, check.length)).isEqualTo(0xE5CC);
  }

  @Test
  void rejectsABadCrc() {
    byte[] packet = OsdpCodec.encode(OsdpFrame.command(1, 1, TextCommand.line(1, "HELLO")));
    packet[8] ^= 0x01;
    assertThatThrownBy(() -> OsdpCodec.decodeCommand(packet))
        .isInstanceOf(OsdpDecodeException.BadCheck.class)
        .hasMessageContaining("CRC");
  }

  @Test
  void rejectsABadChecksum() {
    byte[] packet = OsdpCodec.encode(new OsdpFrame(1, 1, false, new Ack()));
    packet[packet.length - 1]++;
    assertThatThrownBy(() -> OsdpCodec.decodeReply(packet))
        .isInstanceOf(OsdpDecodeException.BadCheck.class)
        .hasMessageContaining("checksum");
  }

  @Test
  void rejectsALengthThatIsNotTheBytesGiven() {
    byte[] packet = OsdpCodec.encode(OsdpFrame.command(1, 1, new Poll()));
    byte[] longer = java.util.Arrays.copyOf(packet, packet.length + 1);
    assertThatThrownBy(() -> OsdpCodec.decodeCommand(longer))
        .isInstanceOf(OsdpDecodeException.BadLength.class)
        .hasMessageContaining("declared length 8 but 9 bytes given");
  }

  @Test
  void rejectsDeclaredLengthsOutOfBounds() {
    byte[] tooShort = {0x53, 0x01, 0x06, 0x00, 0x04, 0x60};
    byte[] tooLong = {0x53, 0x01, (byte) 0xA1, 0x05, 0x04, 0x60, 0, 0};
    assertThatThrownBy(() -> OsdpCodec.decodeCommand(tooShort))
        .isInstanceOf(OsdpDecodeException.BadLength.class);
    assertThatThrownBy(() -> OsdpCodec.decodeCommand(tooLong))
        .isInstanceOf(OsdpDecodeException.BadLength.class)
        .hasMessageContaining("1441");
  }

  @Test
  void rejectsDataThatDoesNotFitItsCodeEvenWhenTheCheckIsRight() {
    // osdp_TEXT declaring 20 characters but carrying 3: the packet's length is right, its data not.
    byte[] data = {0, 1, 0, 1, 1, 20, 'A', 'B', 'C'};
    byte[] packet = withCrc(0x01, 0x05, TextCommand.CODE, data);
    assertThatThrownBy(() -> OsdpCodec.decodeCommand(packet))
        .isInstanceOf(OsdpDecodeException.BadData.class)
        .hasMessageContaining("osdp_TEXT");
  }

  @Test
  void rejectsABadStartOfMessageUnknownCodesWrongDirectionAndSecureChannel() {
    byte[] poll = OsdpCodec.encode(OsdpFrame.command(1, 1, new Poll()));
    byte[] badSom = poll.clone();
    badSom[0] = 0x54;
    assertThatThrownBy(() -> OsdpCodec.decodeCommand(badSom))
        .isInstanceOf(OsdpDecodeException.BadStartOfMessage.class);
    assertThatThrownBy(() -> OsdpCodec.decodeCommand(withCrc(0x01, 0x05, 0x7A, new byte[0])))
        .isInstanceOf(OsdpDecodeException.UnknownCode.class)
        .hasMessageContaining("0x7A");
    assertThatThrownBy(() -> OsdpCodec.decodeReply(poll))
        .isInstanceOf(OsdpDecodeException.UnknownCode.class);
    assertThatThrownBy(() -> OsdpCodec.decodeCommand(withCrc(0x01, 0x0D, 0x60, new byte[0])))
        .isInstanceOf(OsdpDecodeException.UnsupportedSecurity.class);
  }

  @Test
  void refusesToBuildMessagesOutOfRange() {
    assertThatThrownBy(() -> TextCommand.line(1, "x".repeat(33)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TextCommand.line(1, "caf\u00e9"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OsdpFrame(0x80, 0, true, new Poll()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RawCardData(0, 0, 9, new byte[1]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static byte[] withCrc(int address, int ctrl, int code, byte[] data) {
    int length = OsdpCodec.HEADER + data.length + 2;
    byte[] packet = new byte[length];
    packet[0] = 0x53;
    packet[1] = (byte) address;
    packet[2] = (byte) length;
    packet[3] = (byte) (length >>> 8);
    packet[4] = (byte) ctrl;
    packet[5] = (byte) code;
    System.arraycopy(data, 0, packet, 6, data.length);
    int crc = OsdpCheck.crc16(packet, 0, length - 2);
    packet[length - 2] = (byte) crc;
    packet[length - 1] = (byte) (crc >>> 8);
    return packet;
  }
}
