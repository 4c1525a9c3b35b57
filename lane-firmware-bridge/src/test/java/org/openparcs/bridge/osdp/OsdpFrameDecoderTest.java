package org.openparcs.bridge.osdp;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;
import org.openparcs.bridge.osdp.netty.OsdpFrameDecoder;

class OsdpFrameDecoderTest {

  @Test
  void findsPacketsAfterGarbageAnImpossibleLengthAndAcrossSplitReads() {
    byte[] ack = OsdpCodec.encode(new OsdpFrame(1, 1, true, new Ack()));
    byte[] card = OsdpCodec.encode(new OsdpFrame(1, 2, true, CardNumber.wiegand26(0, 1, 2)));
    EmbeddedChannel channel = new EmbeddedChannel(new OsdpFrameDecoder("test"));
    channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {0x00, 0x11, 0x22}));
    channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {0x53, 0x01, (byte) 0xFF, 0x7F}));
    channel.writeInbound(Unpooled.wrappedBuffer(ack, 0, 3));
    channel.writeInbound(Unpooled.wrappedBuffer(ack, 3, ack.length - 3));
    channel.writeInbound(Unpooled.wrappedBuffer(card));

    assertThat((byte[]) channel.readInbound()).isEqualTo(ack);
    assertThat((byte[]) channel.readInbound()).isEqualTo(card);
    assertThat((Object) channel.readInbound()).isNull();
  }
}
