package org.openparcs.controller.camera.infrastructure;

import org.openparcs.controller.camera.model.CameraRegistry;

/** The camera registry built once at start from configuration (cached for every push). */
public record CameraRegistryHolder(CameraRegistry registry) {}
