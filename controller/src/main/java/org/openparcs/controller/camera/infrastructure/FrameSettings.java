package org.openparcs.controller.camera.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Camera frames read by the controller ({@code parcs.frames.*}).
 *
 * @param dir the folder where frame images are kept beside their reads (plate images are ALPR data:
 *     retention purges delete them through {@code FrameStore.delete})
 * @param maxBytes the largest JPEG accepted; keep {@code micronaut.server.max-request-size} above
 *     it
 * @param maxPixels the most pixels a JPEG header may declare (checked before decoding)
 * @param storeLimitMb the frame folder's size limit; frames beyond it are read but not kept
 * @param workers reader threads (each keeps its own OCR engine)
 * @param queuePerLane frames waiting or being read per lane; more are refused (503)
 */
@ConfigurationProperties("parcs.frames")
public record FrameSettings(
    @Bindable(defaultValue = "data/frames") @NotBlank String dir,
    @Bindable(defaultValue = "8388608") @Min(1024) int maxBytes,
    @Bindable(defaultValue = "12000000") @Min(10000) long maxPixels,
    @Bindable(defaultValue = "2048") @Min(1) long storeLimitMb,
    @Bindable(defaultValue = "2") @Min(1) @Max(32) int workers,
    @Bindable(defaultValue = "4") @Min(1) @Max(100) int queuePerLane) {}
