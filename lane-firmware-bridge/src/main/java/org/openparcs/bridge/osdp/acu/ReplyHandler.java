package org.openparcs.bridge.osdp.acu;

import org.openparcs.bridge.osdp.Ack;
import org.openparcs.bridge.osdp.CardNumber;
import org.openparcs.bridge.osdp.FormattedCardData;
import org.openparcs.bridge.osdp.Nak;
import org.openparcs.bridge.osdp.OsdpDecodeException;
import org.openparcs.bridge.osdp.OsdpFrame;
import org.openparcs.bridge.osdp.OsdpReply;
import org.openparcs.bridge.osdp.PdId;
import org.openparcs.bridge.osdp.RawCardData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts on a PD's reply: card reads go to the listener, NAKs are logged with the command they
 * refused. Returns the PD's identity when the reply is its ID, else null.
 */
final class ReplyHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ReplyHandler.class);

  private final String name;
  private final OsdpDeviceListener listener;

  ReplyHandler(String name, OsdpDeviceListener listener) {
    this.name = name;
    this.listener = listener;
  }

  OsdpReply.Visitor<String> forCommand(OsdpFrame command) {
    return new OsdpReply.Visitor<>() {
      @Override
      public String ack(Ack ack) {
        return null;
      }

      @Override
      public String nak(Nak nak) {
        LOG.warn("OSDP {} refused {}: {}", name, command.describe(), nak.describe());
        return null;
      }

      @Override
      public String pdId(PdId id) {
        return id.describe();
      }

      @Override
      public String rawCard(RawCardData card) {
        try {
          cardRead(CardNumber.of(card));
        } catch (OsdpDecodeException e) {
          LOG.warn("OSDP {} card read refused ({}): {}", name, e.kind(), e.getMessage());
        }
        return null;
      }

      @Override
      public String formattedCard(FormattedCardData card) {
        cardRead(CardNumber.of(card));
        return null;
      }
    };
  }

  private void cardRead(String number) {
    LOG.info("OSDP {} card read {}", name, number);
    listener.cardRead(number);
  }
}
