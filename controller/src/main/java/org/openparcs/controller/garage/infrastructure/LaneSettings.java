package org.openparcs.controller.garage.infrastructure;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.openparcs.controller.garage.model.Direction;

/**
 * One lane ({@code parcs.lanes.<id>.*}): its barrier's I/O module and its cameras.
 *
 * @param id lane id (the key under {@code parcs.lanes})
 * @param name name shown to operators
 * @param direction ENTRY or EXIT
 * @param ioModel I/O module model, whose register map is used ({@code moxa-e1214})
 * @param ioHost host of the I/O module
 * @param ioPort Modbus TCP port of the I/O module (502 on real modules)
 * @param ioUnitId Modbus unit id
 * @param ioTimeout longest wait for the module to answer
 * @param ioGap pause between two transactions to the module
 * @param cameras ids of the cameras that watch this lane
 * @param cameraFormat how those cameras push reads ({@code platerecognizer})
 */
@EachProperty("parcs.lanes")
public record LaneSettings(
    @Parameter String id,
    @NotBlank String name,
    @NotNull Direction direction,
    @Bindable(defaultValue = "moxa-e1214") @NotBlank String ioModel,
    @NotBlank String ioHost,
    @Bindable(defaultValue = "502") @Min(1) @Max(65535) int ioPort,
    @Bindable(defaultValue = "1") @Min(0) @Max(255) int ioUnitId,
    @Bindable(defaultValue = "500ms") @NotNull Duration ioTimeout,
    @Bindable(defaultValue = "0ms") @NotNull Duration ioGap,
    @NotEmpty List<String> cameras,
    @Bindable(defaultValue = "platerecognizer") @NotBlank String cameraFormat) {

  /** The id of this lane's I/O module in the garage database. */
  public String ioDeviceId() {
    return "io-" + id;
  }
}
