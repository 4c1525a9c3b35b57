package org.openparcs.plate.image;

import java.util.Optional;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;
import org.openparcs.plate.PlateReading.Rejected;
import org.openparcs.plate.Rejection;

/**
 * Checks and decodes encoded frames. The format and the declared size are read from the header
 * first, so an unwanted format or an oversized image is refused before any pixel is decoded.
 */
public final class FrameDecoder {

  private final InputSettings settings;

  public FrameDecoder(InputSettings settings) {
    Mats.ensureLoaded();
    this.settings = settings;
  }

  /** The outcome of decoding: a frame or a rejection. */
  public sealed interface Decoded {}

  /** A decoded grey frame. */
  public record Frame(GrayImage image) implements Decoded {}

  /** A refused input. */
  public record Refused(Rejected rejection) implements Decoded {}

  public Decoded decode(byte[] encoded) {
    if (encoded == null || encoded.length == 0) {
      return refuse(Rejection.EMPTY_BODY, "the image body is empty");
    }
    Optional<ImageHeader> header = ImageHeader.read(encoded);
    if (header.isEmpty()) {
      return refuse(Rejection.UNSUPPORTED_FORMAT, "the body is neither JPEG nor PNG");
    }
    ImageHeader h = header.get();
    if (!settings.formats().contains(h.format())) {
      return refuse(
          Rejection.UNSUPPORTED_FORMAT,
          "the body is " + h.format() + " but only " + settings.formats() + " is accepted");
    }
    if (!h.hasSize()) {
      return refuse(
          Rejection.CORRUPT_IMAGE, "the " + h.format() + " header declares no frame size");
    }
    if (h.pixels() > settings.maxPixels()) {
      return refuse(
          Rejection.TOO_MANY_PIXELS,
          "the image is "
              + h.width()
              + "x"
              + h.height()
              + ", above the limit of "
              + settings.maxPixels()
              + " pixels");
    }
    MatOfByte bytes = new MatOfByte(encoded);
    Mat grey = Imgcodecs.imdecode(bytes, Imgcodecs.IMREAD_GRAYSCALE);
    bytes.release();
    if (grey.empty()) {
      return refuse(Rejection.CORRUPT_IMAGE, "the " + h.format() + " data cannot be decoded");
    }
    GrayImage image = Mats.toImage(grey);
    grey.release();
    return new Frame(image);
  }

  private static Refused refuse(Rejection reason, String message) {
    return new Refused(new Rejected(reason, message));
  }
}
