package org.openparcs.bridge.osdp.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import org.openparcs.bridge.osdp.OsdpCodec;
import org.openparcs.bridge.osdp.OsdpDecodeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts a TCP byte stream into OSDP packets (byte[]): waits for SOM 0x53 and the two length bytes,
 * then for the declared number of bytes. Bytes before a SOM, and a SOM whose declared length is out
 * of bounds, are skipped with a log line, so a line that garbles one packet finds the next.
 */
public final class OsdpFrameDecoder extends ByteToMessageDecoder {

  private static final Logger LOG = LoggerFactory.getLogger(OsdpFrameDecoder.class);

  private final String name;

  public OsdpFrameDecoder(String name) {
    this.name = name;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    while (in.readableBytes() >= 4) {
      int start = in.readerIndex();
      if (in.getUnsignedByte(start) != OsdpCodec.SOM) {
        int som = in.indexOf(start, in.writerIndex(), (byte) OsdpCodec.SOM);
        int skipped = (som < 0 ? in.writerIndex() : som) - start;
        LOG.warn("OSDP {}: skipped {} bytes before a start of message", name, skipped);
        in.skipBytes(skipped);
        continue;
      }
      byte[] head = new byte[4];
      in.getBytes(start, head);
      int length;
      try {
        length = OsdpCodec.declaredLength(head);
      } catch (OsdpDecodeException e) {
        LOG.warn("OSDP {}: {} ({}), looking for the next packet", name, e.kind(), e.getMessage());
        in.skipBytes(1);
        continue;
      }
      if (in.readableBytes() < length) {
        return;
      }
      byte[] packet = new byte[length];
      in.readBytes(packet);
      out.add(packet);
    }
  }
}
