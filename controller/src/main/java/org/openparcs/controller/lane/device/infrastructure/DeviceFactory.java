package org.openparcs.controller.lane.device.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.lane.control.application.LaneExceptions;
import org.openparcs.controller.lane.device.application.AnnounceDecision;
import org.openparcs.controller.lane.device.application.LaneDisplays;
import org.openparcs.controller.lane.device.application.RecordDeviceHealth;
import org.openparcs.controller.lane.device.model.LaneMessages;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.tariff.application.QuoteFee;

/** Wires the lanes' card readers and displays to the lane's decisions and operators. */
@Factory
public class DeviceFactory {

  @Singleton
  RecordDeviceHealth recordDeviceHealth(
      LaneExceptions exceptions, Outbox outbox, Transactions tx, Clock clock) {
    return new RecordDeviceHealth(exceptions, outbox, tx, clock);
  }

  @Singleton
  AnnounceDecision announceDecision(GarageLayout garage, QuoteFee quotes, LaneDisplays displays) {
    return new AnnounceDecision(new LaneMessages(garage.name()), quotes, displays);
  }
}
