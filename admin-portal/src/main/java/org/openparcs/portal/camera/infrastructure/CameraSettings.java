package org.openparcs.portal.camera.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The camera registry ({@code parcs.portal.cameras.*}).
 *
 * @param sensitiveSiteMetres no camera is registered closer than this to the entrance of a
 *     sensitive site (POLICY U4)
 */
@ConfigurationProperties("parcs.portal.cameras")
public record CameraSettings(
    @Bindable(defaultValue = "150") @Min(1) @Max(10000) int sensitiveSiteMetres) {}
