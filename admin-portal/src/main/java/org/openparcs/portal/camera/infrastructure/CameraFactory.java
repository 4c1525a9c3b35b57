package org.openparcs.portal.camera.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.camera.application.Cameras;
import org.openparcs.portal.camera.application.ListCameras;
import org.openparcs.portal.camera.application.ManageSensitiveSites;
import org.openparcs.portal.camera.application.RegisterCamera;
import org.openparcs.portal.camera.application.SensitiveSites;
import org.openparcs.portal.camera.model.PlacementPolicy;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;

/** Wires the camera registry and the sensitive sites. */
@Factory
class CameraFactory {

  @Singleton
  Cameras cameras(Jdbc jdbc) {
    return new JdbcCameras(jdbc);
  }

  @Singleton
  SensitiveSites sensitiveSites(Jdbc jdbc) {
    return new JdbcSensitiveSites(jdbc);
  }

  @Singleton
  RegisterCamera registerCamera(
      Cameras cameras,
      SensitiveSites sites,
      CameraSettings settings,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new RegisterCamera(
        cameras,
        sites,
        new PlacementPolicy(settings.sensitiveSiteMetres()),
        audit,
        unitOfWork,
        clock);
  }

  @Singleton
  ManageSensitiveSites manageSensitiveSites(
      SensitiveSites sites, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    return new ManageSensitiveSites(sites, audit, unitOfWork, clock);
  }

  @Singleton
  ListCameras listCameras(Cameras cameras, SensitiveSites sites, UnitOfWork unitOfWork) {
    return new ListCameras(cameras, sites, unitOfWork);
  }
}
