package org.openparcs.bridge.osdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OsdpSequenceTest {

  @Test
  void theControllerCountsZeroThenOneTwoThreeRoundAndRound() {
    AcuSequence sequence = new AcuSequence();
    int[] numbers = new int[8];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = sequence.next();
    }
    assertThat(numbers).containsExactly(0, 1, 2, 3, 1, 2, 3, 1);
    sequence.reset();
    assertThat(sequence.next()).isZero();
  }

  @Test
  void aPeripheralAcceptsTheNextNumberRepeatsTheSameAndRefusesOthers() throws Exception {
    PdSequence pd = new PdSequence();
    assertThat(pd.accept(0)).isEqualTo(PdSequence.Verdict.NEW);
    assertThat(pd.accept(1)).isEqualTo(PdSequence.Verdict.NEW);
    assertThat(pd.accept(1)).isEqualTo(PdSequence.Verdict.REPEAT);
    assertThat(pd.accept(2)).isEqualTo(PdSequence.Verdict.NEW);
    assertThat(pd.accept(3)).isEqualTo(PdSequence.Verdict.NEW);
    assertThat(pd.accept(1)).isEqualTo(PdSequence.Verdict.NEW);
    assertThatThrownBy(() -> pd.accept(3))
        .isInstanceOf(OsdpDecodeException.OutOfSequence.class)
        .hasMessage("sequence 3 after 1");
    assertThat(pd.accept(0)).isEqualTo(PdSequence.Verdict.NEW);
  }

  @Test
  void aPeripheralRefusesANumberBeforeTheConversationStarted() {
    assertThatThrownBy(() -> new PdSequence().accept(2))
        .isInstanceOf(OsdpDecodeException.OutOfSequence.class);
  }

  @Test
  void theControllerRefusesAReplyWithAnotherSequenceOrFromAnotherAddress() throws Exception {
    OsdpFrame command = OsdpFrame.command(5, 2, new Poll());
    AcuSequence.checkReply(command, OsdpFrame.replyTo(command, new Ack()));
    assertThatThrownBy(() -> AcuSequence.checkReply(command, new OsdpFrame(5, 3, true, new Ack())))
        .isInstanceOf(OsdpDecodeException.OutOfSequence.class)
        .hasMessageContaining("sequence 3");
    assertThatThrownBy(() -> AcuSequence.checkReply(command, new OsdpFrame(6, 2, true, new Ack())))
        .isInstanceOf(OsdpDecodeException.OutOfSequence.class);
  }

  @Test
  void wiegand26CardsReadBackTheirFacilityAndNumberAndBadParityIsRefused() throws Exception {
    RawCardData card = CardNumber.wiegand26(0, 12, 34567);
    assertThat(CardNumber.of(card)).isEqualTo("12:34567");
    byte[] bits = card.bits();
    bits[1] ^= 0x10;
    RawCardData flipped = new RawCardData(0, 1, 26, bits);
    assertThatThrownBy(() -> CardNumber.of(flipped))
        .isInstanceOf(OsdpDecodeException.BadData.class)
        .hasMessageContaining("parity");
    assertThat(CardNumber.of(new RawCardData(0, 0, 12, new byte[] {(byte) 0xAB, (byte) 0xC0})))
        .isEqualTo("raw12:ABC0");
  }
}
