package org.openparcs.controller.camera.infrastructure;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import org.openparcs.bridge.camera.PlateRectUnits;

/**
 * How a camera's pushes are to be read ({@code parcs.cameras.<camera-id>.*}, beside its
 * credential).
 *
 * @param id the camera id
 * @param plateRectUnits what a Hikvision camera's {@code plateRect} numbers are in: {@code auto}
 *     (told apart push by push), {@code per-mille} (0..1000 of the detection picture, as ISAPI
 *     documents) or {@code pixels} (of the detection picture, as some firmware sends)
 */
@EachProperty("parcs.cameras")
public record CameraFormatSettings(
    @Parameter String id,
    @Bindable(defaultValue = "AUTO") @NotNull PlateRectUnits plateRectUnits) {}
