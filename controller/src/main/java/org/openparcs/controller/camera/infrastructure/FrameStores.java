package org.openparcs.controller.camera.infrastructure;

import java.nio.file.Path;
import java.util.Optional;
import org.openparcs.controller.camera.application.FrameStore;
import org.openparcs.controller.camera.model.Frame;
import org.openparcs.controller.camera.model.KeptImage;

/** Frame stores for tools that run outside the service, such as a restore re-applying purges. */
public final class FrameStores {

  private FrameStores() {}

  /**
   * The images kept under {@code folder}, for deleting only (no size limit, no key ring: images are
   * sealed, POLICY K1).
   */
  public static FrameStore onDisk(Path folder) {
    return new DiskFrameStore(folder, Long.MAX_VALUE, null);
  }

  /** No images folder: nothing can be kept, loaded or deleted. */
  public static FrameStore none() {
    return new FrameStore() {
      @Override
      public Optional<KeptImage> keep(Frame frame, byte[] jpeg) {
        return Optional.empty();
      }

      @Override
      public Optional<byte[]> load(String path) {
        return Optional.empty();
      }

      @Override
      public boolean delete(String path) {
        return false;
      }
    };
  }
}
