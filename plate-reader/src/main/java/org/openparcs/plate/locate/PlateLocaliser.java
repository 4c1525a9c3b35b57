package org.openparcs.plate.locate;

import java.util.List;
import org.openparcs.plate.image.GrayImage;

/** Finds the places in a frame that may hold a plate. Implementations are thread-safe. */
public interface PlateLocaliser {

  /**
   * Candidate plate regions in a frame.
   *
   * @param frame the decoded frame
   * @return regions, most plate-like first; empty when nothing looks like a plate
   */
  List<PlateRegion> locate(GrayImage frame);
}
