package org.openparcs.bridge.lane;

/**
 * Which I/O module channel each lane device is wired to.
 *
 * @param openRelay relay that pulses the barrier's OPEN contact
 * @param armingLoopInput input of the arming (presence) loop in front of the barrier
 * @param safetyLoopInput input of the safety loop under the arm (also wired to the barrier)
 * @param armUpInput input of the barrier's arm-up limit switch
 * @param armDownInput input of the barrier's arm-down limit switch
 */
public record LaneWiring(
    int openRelay, int armingLoopInput, int safetyLoopInput, int armUpInput, int armDownInput) {

  /** DO0 pulses OPEN; DI0 arming loop, DI1 safety loop, DI2 arm up, DI3 arm down. */
  public static final LaneWiring STANDARD = new LaneWiring(0, 0, 1, 2, 3);

  public LaneWiring {
    int[] inputs = {armingLoopInput, safetyLoopInput, armUpInput, armDownInput};
    for (int i = 0; i < inputs.length; i++) {
      if (inputs[i] < 0) {
        throw new IllegalArgumentException("input channels are 0 or more");
      }
      for (int j = i + 1; j < inputs.length; j++) {
        if (inputs[i] == inputs[j]) {
          throw new IllegalArgumentException("two lane signals wired to input " + inputs[i]);
        }
      }
    }
    if (openRelay < 0) {
      throw new IllegalArgumentException("relay channels are 0 or more");
    }
  }
}
