package org.openparcs.controller.camera.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.List;
import org.openparcs.controller.camera.infrastructure.CameraPushTally;
import org.openparcs.controller.camera.infrastructure.CameraRegistryHolder;
import org.openparcs.controller.garage.model.GarageLayout;

/**
 * Camera health for operators: each camera's lane, whether its credential is registered, pushes
 * accepted and refused, the last of each (refusal reason and source address), and the pushes whose
 * credential matched no camera.
 */
@Controller("/api/devices/cameras")
public class CameraHealthController {

  private final CameraPushTally tally;
  private final CameraRegistryHolder registry;
  private final GarageLayout layout;

  CameraHealthController(
      CameraPushTally tally, CameraRegistryHolder registry, GarageLayout layout) {
    this.tally = tally;
    this.registry = registry;
    this.layout = layout;
  }

  @Get
  List<CameraPushTally.CameraPushes> cameras() {
    return tally.view(layout, registry);
  }
}
