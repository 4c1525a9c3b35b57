package org.openparcs.controller.lane.device.infrastructure;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * One OSDP device at a lane ({@code parcs.lane-devices.<id>.*}), reached over TCP (a PD with a
 * network port, or a serial-to-Ethernet converter in front of its RS-485 line).
 *
 * @param id device id (the key under {@code parcs.lane-devices}), shown to operators
 * @param lane the lane it stands at
 * @param kind {@code CARD_READER} or {@code DISPLAY}
 * @param host host of the device or its converter
 * @param port TCP port
 * @param address OSDP address of the PD (0..126)
 * @param pollInterval pause between exchanges (50ms; OSDP wants at least one every 200 ms)
 * @param replyTimeout wait for a reply (200ms)
 * @param retries exchanges sent again on failure, with the same sequence number (1)
 * @param failuresToOffline failed exchanges in a row that make it offline and alarm (3)
 */
@EachProperty("parcs.lane-devices")
public record LaneDeviceSettings(
    @Parameter String id,
    @NotBlank String lane,
    @NotNull Kind kind,
    @NotBlank String host,
    @Min(1) @Max(65535) int port,
    @Bindable(defaultValue = "0") @Min(0) @Max(126) int address,
    @Bindable(defaultValue = "50ms") @NotNull Duration pollInterval,
    @Bindable(defaultValue = "200ms") @NotNull Duration replyTimeout,
    @Bindable(defaultValue = "1") @Min(0) @Max(5) int retries,
    @Bindable(defaultValue = "3") @Min(1) int failuresToOffline) {

  /** What the device is for. */
  public enum Kind {
    CARD_READER,
    DISPLAY
  }

  /** "card reader r-1" / "display d-1", for operators. */
  public String describe() {
    return (kind == Kind.CARD_READER ? "card reader " : "display ") + id;
  }
}
