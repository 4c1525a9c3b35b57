package org.openparcs.controller.camera.infrastructure;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * A lane camera that only serves frames ({@code parcs.snapshot-cameras.<camera id>.*}): the
 * controller pulls JPEG snapshots from its URI while a vehicle waits on the arming loop. The camera
 * id must be one of a lane's {@code cameras}.
 *
 * @param uri the snapshot URI (HTTP GET answering a JPEG, e.g. ONVIF GetSnapshotUri)
 * @param pulls snapshots per vehicle
 * @param interval time between two pulls
 * @param timeout longest wait for one snapshot
 */
@EachProperty("parcs.snapshot-cameras")
public record SnapshotCameraSettings(
    @Parameter String id,
    @NotBlank String uri,
    @Bindable(defaultValue = "3") @Min(1) @Max(20) int pulls,
    @Bindable(defaultValue = "300ms") @NotNull Duration interval,
    @Bindable(defaultValue = "2s") @NotNull Duration timeout) {}
