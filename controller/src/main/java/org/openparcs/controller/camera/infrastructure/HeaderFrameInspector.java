package org.openparcs.controller.camera.infrastructure;

import java.util.Optional;
import org.openparcs.controller.camera.application.FrameInspector;
import org.openparcs.controller.camera.model.FrameCheck;
import org.openparcs.controller.camera.model.FrameProblem;
import org.openparcs.plate.ImageFormat;
import org.openparcs.plate.image.ImageHeader;

/** Reads the JPEG header with the plate reader's header parser: no pixel is decoded. */
final class HeaderFrameInspector implements FrameInspector {

  @Override
  public FrameCheck inspect(byte[] encoded) {
    Optional<ImageHeader> header = ImageHeader.read(encoded);
    if (header.isEmpty()) {
      return new FrameCheck.Refused(
          FrameProblem.NOT_JPEG, "the body is not a JPEG image (it does not start with FF D8 FF)");
    }
    if (header.get().format() != ImageFormat.JPEG) {
      return new FrameCheck.Refused(
          FrameProblem.NOT_JPEG,
          "the body is a " + header.get().format() + " image; cameras send JPEG frames");
    }
    if (!header.get().hasSize()) {
      return new FrameCheck.Refused(
          FrameProblem.CORRUPT, "the JPEG is corrupt: no frame header (SOF) with its size");
    }
    return new FrameCheck.Accepted(header.get().width(), header.get().height());
  }
}
