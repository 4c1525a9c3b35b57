package org.openparcs.bridge.io;

/**
 * The state of a module's digital inputs at one read: bit {@code i} is input channel {@code i}.
 *
 * @param bits input states, bit 0 = DI0
 * @param count number of input channels the module has (1..16)
 */
public record DigitalInputs(int bits, int count) {

  public DigitalInputs {
    if (count < 1 || count > 16) {
      throw new IllegalArgumentException("input count must be 1..16, was " + count);
    }
    if ((bits >>> count) != 0) {
      throw new IllegalArgumentException("bits set beyond input " + (count - 1));
    }
  }

  public boolean isOn(int channel) {
    if (channel < 0 || channel >= count) {
      throw new IllegalArgumentException(
          "no input channel " + channel + " (0.." + (count - 1) + ")");
    }
    return (bits & (1 << channel)) != 0;
  }
}
