package org.openparcs.controller.lane.control.application;

import java.util.List;
import java.util.UUID;
import org.openparcs.controller.garage.model.LaneId;

/**
 * What was read of the vehicle waiting at a lane: attached to the exceptions raised for it, so an
 * operator sees the image beside the text, and can correct it for that vehicle.
 */
public interface ReadEvidence {

  /** The newest read and frame of the vehicle waiting now (either may be null). */
  Attachment forWaitingVehicle(LaneId lane);

  /** An exception was raised for the vehicle waiting now. */
  void exceptionRaised(LaneId lane, UUID exceptionId);

  /**
   * A read and a frame, each possibly null, and the reads to offer the operator.
   *
   * @param readId a stored plate read
   * @param frameId a stored camera frame
   * @param candidates stored reads of the vehicle, in the order offered
   */
  record Attachment(UUID readId, UUID frameId, List<UUID> candidates) {
    public static final Attachment NONE = new Attachment(null, null, List.of());

    public Attachment {
      candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }
  }

  /** For lanes without readers of their own: nothing to attach. */
  ReadEvidence NONE =
      new ReadEvidence() {
        @Override
        public Attachment forWaitingVehicle(LaneId lane) {
          return Attachment.NONE;
        }

        @Override
        public void exceptionRaised(LaneId lane, UUID exceptionId) {}
      };
}
