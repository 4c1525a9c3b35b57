package org.openparcs.controller.camera.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.openparcs.controller.camera.model.AddressRange;
import org.openparcs.controller.camera.model.CameraCredential;
import org.openparcs.controller.camera.model.CameraRegistry;
import org.openparcs.controller.camera.model.DigestCredentials;
import org.openparcs.controller.camera.model.DigestNonces;
import org.openparcs.controller.garage.model.Camera;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.garage.model.GarageLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the camera registry from {@code parcs.cameras.*}; a credential without a lane stops the
 * start.
 */
@Factory
class CameraFactory {

  private static final Logger LOG = LoggerFactory.getLogger(CameraFactory.class);

  @Singleton
  CameraRegistryHolder cameraRegistry(
      List<CameraCredentialSettings> settings, GarageLayout layout) {
    List<CameraCredential> credentials = new ArrayList<>();
    DigestCredentials digestCredentials = new DigestCredentials();
    for (CameraCredentialSettings s : settings) {
      CameraId camera = new CameraId(s.id());
      if (layout.camera(camera).isEmpty()) {
        throw new IllegalStateException(
            "parcs.cameras." + s.id() + ": no lane lists this camera (parcs.lanes.<id>.cameras)");
      }
      byte[] digest;
      if (s.token() != null && !s.token().isBlank()) {
        digest = CameraRegistry.digest(s.token());
        // Digest needs the token in clear (its HA1); a token-sha256 camera uses Bearer or Basic.
        digestCredentials.add(camera, s.token());
      } else if (s.tokenSha256() != null) {
        digest = HexFormat.of().parseHex(s.tokenSha256().toLowerCase());
      } else {
        throw new IllegalStateException(
            "parcs.cameras." + s.id() + ": set token (from the environment) or token-sha256");
      }
      List<AddressRange> sources =
          s.sources() == null ? List.of() : s.sources().stream().map(AddressRange::parse).toList();
      credentials.add(new CameraCredential(camera, digest, sources));
    }
    CameraRegistry registry = new CameraRegistry(credentials);
    for (Camera c : layout.cameras()) {
      if (!registry.registered(c.id())) {
        LOG.warn(
            "Camera {} on lane {} has no credential (parcs.cameras.{}.token): its pushes are"
                + " refused",
            c.id(),
            c.laneId(),
            c.id());
      }
    }
    return new CameraRegistryHolder(registry, digestCredentials);
  }

  @Singleton
  DigestNonces digestNonces(Clock clock) {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new DigestNonces(key, clock);
  }

  @Singleton
  CameraPushTally cameraPushTally(MeterRegistry registry, Clock clock) {
    return new CameraPushTally(registry, clock);
  }
}
