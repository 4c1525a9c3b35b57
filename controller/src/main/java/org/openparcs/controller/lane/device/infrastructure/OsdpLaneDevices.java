package org.openparcs.controller.lane.device.infrastructure;

import io.micronaut.context.annotation.Context;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openparcs.bridge.osdp.PdId;
import org.openparcs.bridge.osdp.TextCommand;
import org.openparcs.bridge.osdp.acu.AcuSettings;
import org.openparcs.bridge.osdp.acu.OsdpDevice;
import org.openparcs.bridge.osdp.acu.OsdpDeviceListener;
import org.openparcs.bridge.osdp.acu.OsdpDeviceStatus;
import org.openparcs.bridge.osdp.netty.NettyOsdpLink;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.device.application.AnnounceDecision;
import org.openparcs.controller.lane.device.application.CardPresented;
import org.openparcs.controller.lane.device.application.LaneDisplays;
import org.openparcs.controller.lane.device.application.RecordDeviceHealth;
import org.openparcs.controller.lane.device.model.LaneMessage;
import org.openparcs.controller.shared.application.ChangeNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lanes' OSDP card readers and displays, each polled on its own thread over one shared Netty
 * event loop. A device going offline raises a DEVICE_FAULT exception at its lane; a display coming
 * (back) online is given its lane's idle message; a card read goes to {@link CardPresented}. Each
 * change of a device's state is told to the live consoles (their lanes show the devices).
 */
@Context
public class OsdpLaneDevices implements LaneDisplays {

  private static final Logger LOG = LoggerFactory.getLogger(OsdpLaneDevices.class);

  /** A configured device and its running session. */
  public record Running(LaneDeviceSettings settings, OsdpDevice device) {
    public OsdpDeviceStatus status() {
      return device.status();
    }
  }

  private final EventLoopGroup group =
      new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final List<Running> devices = new ArrayList<>();
  private final GarageLayout garage;
  private final RecordDeviceHealth health;
  private final Provider<CardPresented> cards;
  private final Provider<AnnounceDecision> announce;
  private final ChangeNotices notices;

  public OsdpLaneDevices(
      List<LaneDeviceSettings> settings,
      GarageLayout garage,
      RecordDeviceHealth health,
      Provider<CardPresented> cards,
      Provider<AnnounceDecision> announce,
      ChangeNotices notices) {
    this.notices = notices;
    this.garage = garage;
    this.health = health;
    this.cards = cards;
    this.announce = announce;
    for (LaneDeviceSettings s : settings) {
      Lane lane =
          garage
              .lane(new LaneId(s.lane()))
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "parcs.lane-devices." + s.id() + ".lane names no lane: " + s.lane()));
      AcuSettings acu =
          new AcuSettings(
              s.address(), s.pollInterval(), s.replyTimeout(), s.retries(), s.failuresToOffline());
      OsdpDevice device =
          new OsdpDevice(
              s.id(),
              acu,
              new NettyOsdpLink(s.id(), s.host(), s.port(), group),
              new Listener(s, lane));
      devices.add(new Running(s, device));
    }
  }

  public List<Running> devices() {
    return List.copyOf(devices);
  }

  @Override
  public void show(LaneId lane, LaneMessage message) {
    send(lane, message, TextCommand.Mode.PERMANENT_NO_WRAP, 0);
  }

  @Override
  public void flash(LaneId lane, LaneMessage message, int seconds) {
    send(lane, message, TextCommand.Mode.TEMPORARY_NO_WRAP, seconds);
  }

  private void send(LaneId lane, LaneMessage message, TextCommand.Mode mode, int seconds) {
    for (Running r : devices) {
      if (r.settings().kind() == LaneDeviceSettings.Kind.DISPLAY
          && r.settings().lane().equals(lane.value())) {
        r.device().send(new TextCommand(0, mode, seconds, 1, 1, message.top()));
        r.device().send(new TextCommand(0, mode, seconds, 2, 1, message.bottom()));
      }
    }
  }

  private final class Listener implements OsdpDeviceListener {
    private final LaneDeviceSettings settings;
    private final Lane lane;

    Listener(LaneDeviceSettings settings, Lane lane) {
      this.settings = settings;
      this.lane = lane;
    }

    @Override
    public void online(PdId id) {
      notices.changed(ChangeNotices.Topic.LANES);
      if (settings.kind() == LaneDeviceSettings.Kind.DISPLAY) {
        announce.get().idle(lane);
      }
    }

    @Override
    public void offline(String reason) {
      notices.changed(ChangeNotices.Topic.LANES);
      health.offline(lane.id(), settings.describe(), reason);
    }

    @Override
    public void cardRead(String cardNumber) {
      if (settings.kind() != LaneDeviceSettings.Kind.CARD_READER) {
        LOG.warn(
            "{} at {} reported a card; it is not a reader: ignored",
            settings.describe(),
            lane.id());
        return;
      }
      cards.get().presented(lane.id(), settings.id(), cardNumber);
    }
  }

  @PreDestroy
  void stop() {
    devices.forEach(r -> r.device().close());
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
  }
}
