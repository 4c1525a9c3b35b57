package org.openparcs.bridge.osdp;

import java.nio.ByteBuffer;

/** Dispatches a message's data to its record's serializer, by code. */
final class OsdpMessages {

  private OsdpMessages() {}

  static void encodeData(OsdpMessage message, ByteBuffer out) {
    if (message instanceof OsdpCommand command) {
      command.accept(new CommandEncoder(out));
    } else {
      ((OsdpReply) message).accept(new ReplyEncoder(out));
    }
  }

  static OsdpCommand decodeCommand(int code, ByteBuffer data) throws OsdpDecodeException {
    switch (code) {
      case Poll.CODE:
        return Poll.Serializer.decode(data);
      case IdRequest.CODE:
        return IdRequest.Serializer.decode(data);
      case LedCommand.CODE:
        return LedCommand.Serializer.decode(data);
      case TextCommand.CODE:
        return TextCommand.Serializer.decode(data);
      default:
        throw new OsdpDecodeException.UnknownCode(String.format("unknown command 0x%02X", code));
    }
  }

  static OsdpReply decodeReply(int code, ByteBuffer data) throws OsdpDecodeException {
    switch (code) {
      case Ack.CODE:
        return Ack.Serializer.decode(data);
      case Nak.CODE:
        return Nak.Serializer.decode(data);
      case PdId.CODE:
        return PdId.Serializer.decode(data);
      case RawCardData.CODE:
        return RawCardData.Serializer.decode(data);
      case FormattedCardData.CODE:
        return FormattedCardData.Serializer.decode(data);
      default:
        throw new OsdpDecodeException.UnknownCode(String.format("unknown reply 0x%02X", code));
    }
  }

  private record CommandEncoder(ByteBuffer out) implements OsdpCommand.Visitor<Void> {
    @Override
    public Void poll(Poll poll) {
      Poll.Serializer.encode(poll, out);
      return null;
    }

    @Override
    public Void id(IdRequest request) {
      IdRequest.Serializer.encode(request, out);
      return null;
    }

    @Override
    public Void led(LedCommand led) {
      LedCommand.Serializer.encode(led, out);
      return null;
    }

    @Override
    public Void text(TextCommand text) {
      TextCommand.Serializer.encode(text, out);
      return null;
    }
  }

  private record ReplyEncoder(ByteBuffer out) implements OsdpReply.Visitor<Void> {
    @Override
    public Void ack(Ack ack) {
      Ack.Serializer.encode(ack, out);
      return null;
    }

    @Override
    public Void nak(Nak nak) {
      Nak.Serializer.encode(nak, out);
      return null;
    }

    @Override
    public Void pdId(PdId id) {
      PdId.Serializer.encode(id, out);
      return null;
    }

    @Override
    public Void rawCard(RawCardData card) {
      RawCardData.Serializer.encode(card, out);
      return null;
    }

    @Override
    public Void formattedCard(FormattedCardData card) {
      FormattedCardData.Serializer.encode(card, out);
      return null;
    }
  }
}
