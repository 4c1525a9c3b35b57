package org.openparcs.controller.camera.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.openparcs.controller.camera.application.FrameImage;
import org.openparcs.controller.camera.application.FrameStore;
import org.openparcs.controller.camera.application.Frames;
import org.openparcs.controller.camera.application.KeepPushedImage;
import org.openparcs.controller.camera.application.PullSnapshots;
import org.openparcs.controller.camera.application.ReadFrame;
import org.openparcs.controller.camera.application.ReceiveFrame;
import org.openparcs.controller.camera.model.FrameLimits;
import org.openparcs.controller.camera.model.SnapshotCamera;
import org.openparcs.controller.garage.model.Camera;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.lane.application.HandlePlateRead;
import org.openparcs.controller.lane.application.LaneReadWindows;
import org.openparcs.controller.lane.control.application.VehicleWatch;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.plate.PlateReaderSettings;
import org.openparcs.plate.PlateReaders;
import org.openparcs.plate.image.InputSettings;
import org.openparcs.protection.FileSealer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires camera frames: checks, the frame folder, the reader threads, snapshot pulls. */
@Factory
public class FrameFactory {

  private static final Logger LOG = LoggerFactory.getLogger(FrameFactory.class);

  /**
   * Our plate reader; JPEG only (lane cameras send JPEG). Candidates under the reader's own minimum
   * confidence count as no plate.
   */
  @Singleton
  @Bean(preDestroy = "close")
  ReaderPlates readPlates(MeterRegistry metrics) {
    PlateReaderSettings settings = PlateReaderSettings.DEFAULT.withInput(InputSettings.JPEG_ONLY);
    return new ReaderPlates(() -> PlateReaders.create(settings), 0.0, metrics);
  }

  @Singleton
  @Bean(preDestroy = "close")
  ExecutorFrameWorkers frameWorkers(FrameSettings settings) {
    return new ExecutorFrameWorkers(settings.workers(), settings.queuePerLane());
  }

  @Singleton
  @Bean(preDestroy = "close")
  HttpSnapshotPulls snapshotPulls() {
    return new HttpSnapshotPulls();
  }

  @Singleton
  FrameStore frameStore(FrameSettings settings, FileSealer sealer) {
    return new DiskFrameStore(Path.of(settings.dir()), settings.storeLimitMb() << 20, sealer);
  }

  @Singleton
  ReadFrame readFrame(
      FrameStore store,
      Frames frames,
      ReaderPlates plates,
      HandlePlateRead handle,
      LaneReadWindows windows,
      Transactions tx) {
    return new ReadFrame(store, frames, plates, handle, windows, tx);
  }

  @Singleton
  KeepPushedImage keepPushedImage(
      GarageLayout garage, FrameStore store, Frames frames, Transactions tx, Clock clock) {
    return new KeepPushedImage(garage, store, frames, tx, clock);
  }

  @Singleton
  ReceiveFrame receiveFrame(
      GarageLayout garage,
      FrameSettings settings,
      ExecutorFrameWorkers workers,
      LaneReadWindows windows,
      ReadFrame reader,
      Clock clock) {
    return new ReceiveFrame(
        garage,
        new FrameLimits(settings.maxBytes(), settings.maxPixels()),
        new HeaderFrameInspector(),
        workers,
        windows,
        reader,
        clock);
  }

  @Singleton
  FrameImage frameImage(Frames frames, FrameStore store, Transactions tx) {
    return new FrameImage(frames, store, tx);
  }

  /** Pulls snapshots from the frame-only cameras when a vehicle arrives on their lane's loop. */
  @Singleton
  VehicleWatch pullSnapshots(
      GarageLayout garage,
      List<SnapshotCameraSettings> settings,
      HttpSnapshotPulls pulls,
      ReceiveFrame receive,
      LaneReadWindows windows) {
    List<SnapshotCamera> cameras = new ArrayList<>();
    for (SnapshotCameraSettings s : settings) {
      Camera camera =
          garage
              .camera(new CameraId(s.id()))
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "parcs.snapshot-cameras."
                              + s.id()
                              + ": no lane lists this camera in its cameras"));
      cameras.add(
          new SnapshotCamera(
              camera.id(),
              camera.laneId(),
              URI.create(s.uri()),
              s.pulls(),
              s.interval(),
              s.timeout()));
    }
    cameras.forEach(
        c ->
            LOG.info(
                "Camera {} serves frames: {} pulls {} apart when a vehicle waits on lane {}",
                c.id(),
                c.pulls(),
                c.interval(),
                c.lane()));
    return new PullSnapshots(cameras, pulls, receive, windows);
  }
}
