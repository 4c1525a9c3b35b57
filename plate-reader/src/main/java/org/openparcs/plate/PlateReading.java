package org.openparcs.plate;

import java.util.List;

/** The outcome of reading one image: plates (possibly none) or a typed rejection of the input. */
public sealed interface PlateReading {

  /**
   * The image was decoded and searched.
   *
   * @param candidates plates found, most likely first; empty when no plate was seen
   * @param frameWidth decoded frame width in pixels
   * @param frameHeight decoded frame height in pixels
   */
  record Plates(List<PlateCandidate> candidates, int frameWidth, int frameHeight)
      implements PlateReading {
    public Plates {
      candidates = List.copyOf(candidates);
    }

    /** The most likely plate, if any. */
    public java.util.Optional<PlateCandidate> best() {
      return candidates.stream().findFirst();
    }
  }

  /**
   * The image was refused; the reader stays usable.
   *
   * @param reason what was wrong
   * @param message a sentence for logs and operators
   */
  record Rejected(Rejection reason, String message) implements PlateReading {}
}
