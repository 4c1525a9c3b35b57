package org.openparcs.bridge.osdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openparcs.bridge.sim.PeripheralProbe;
import org.openparcs.bridge.sim.SimulatedCardReader;
import org.openparcs.bridge.sim.SimulatedOsdpPeripheral.ReplyFault;

class SimulatedPeripheralTest {

  private final SimulatedCardReader reader = new SimulatedCardReader("r", 1);

  private OsdpFrame send(int sequence, OsdpCommand command) throws Exception {
    byte[] reply =
        PeripheralProbe.receive(reader, OsdpCodec.encode(OsdpFrame.command(1, sequence, command)));
    return reply == null ? null : OsdpCodec.decodeReply(reply);
  }

  @Test
  void answersAnOutOfSequenceCommandWithNak4AndARepeatWithTheSameReply() throws Exception {
    assertThat(send(0, IdRequest.STANDARD).message()).isInstanceOf(PdId.class);
    reader.presentWiegand(7, 7);
    OsdpFrame card = send(1, new Poll());
    assertThat(card.message()).isInstanceOf(RawCardData.class);
    assertThat(send(1, new Poll())).isEqualTo(card);
    assertThat(send(2, new Poll()).message()).isEqualTo(new Ack());
    assertThat(send(1, new Poll()).message()).isEqualTo(new Nak(Nak.BAD_SEQUENCE));
  }

  @Test
  void ignoresABadCrcAndNaksAnUnknownCommand() throws Exception {
    byte[] poll = OsdpCodec.encode(OsdpFrame.command(1, 0, new Poll()));
    poll[poll.length - 1] ^= 1;
    assertThat(PeripheralProbe.receive(reader, poll)).isNull();
    byte[] unknown = OsdpCodecTest.withCrc(1, 0x04, 0x7A, new byte[0]);
    assertThat(OsdpCodec.decodeReply(PeripheralProbe.receive(reader, unknown)).message())
        .isEqualTo(new Nak(Nak.UNKNOWN_COMMAND));
    assertThat(send(0, TextCommand.line(1, "HI")).message())
        .isEqualTo(new Nak(Nak.UNKNOWN_COMMAND));
  }

  @Test
  void aGarblingPeripheralSendsBadCrcsLengthsAndSequencesThatTheControllerRefuses()
      throws Exception {
    assertThat(send(0, IdRequest.STANDARD).message()).isInstanceOf(PdId.class);
    OsdpFrame poll = OsdpFrame.command(1, 1, new Poll());

    reader.garbleReplies(ReplyFault.BAD_CRC, 1);
    byte[] badCrc = PeripheralProbe.receive(reader, OsdpCodec.encode(poll));
    assertThatThrownBy(() -> OsdpCodec.decodeReply(badCrc))
        .isInstanceOf(OsdpDecodeException.BadCheck.class);

    reader.garbleReplies(ReplyFault.BAD_LENGTH, 1);
    byte[] badLength = PeripheralProbe.receive(reader, OsdpCodec.encode(poll));
    assertThatThrownBy(() -> OsdpCodec.declaredLength(badLength))
        .isInstanceOf(OsdpDecodeException.class)
        .hasMessageContaining("declared length");

    reader.garbleReplies(ReplyFault.WRONG_SEQUENCE, 1);
    OsdpFrame wrongSequence =
        OsdpCodec.decodeReply(PeripheralProbe.receive(reader, OsdpCodec.encode(poll)));
    assertThat(wrongSequence.message()).isEqualTo(new Ack());
    assertThatThrownBy(() -> AcuSequence.checkReply(poll, wrongSequence))
        .isInstanceOf(OsdpDecodeException.class)
        .hasMessageContaining("sequence");

    assertThat(send(1, new Poll()).message()).as("then the repeat is clean").isEqualTo(new Ack());
  }
}
