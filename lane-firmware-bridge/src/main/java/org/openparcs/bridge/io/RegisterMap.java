package org.openparcs.bridge.io;

/**
 * Where an I/O module model keeps its points, as Modbus PDU (0-based) addresses. The map is data: a
 * new module model is a new instance, not new code.
 *
 * @param model model name used in configuration, e.g. {@code moxa-e1214}
 * @param inputs number of digital inputs
 * @param relays number of relay outputs
 * @param relayCoilBase coil of relay 0 (on/off)
 * @param pulseCoilBase coil that starts the module-timed pulse of relay 0 (write 1 to start)
 * @param discreteInputBase discrete input of DI 0
 * @param inputCounterRegisterBase input register of DI 0's counter high word; low word follows
 * @param inputBitsRegister input register holding every DI as bits (bit 0 = DI0)
 * @param relayBitsRegister holding register holding every relay as bits (bit 0 = relay 0)
 */
public record RegisterMap(
    String model,
    int inputs,
    int relays,
    int relayCoilBase,
    int pulseCoilBase,
    int discreteInputBase,
    int inputCounterRegisterBase,
    int inputBitsRegister,
    int relayBitsRegister) {

  /**
   * Moxa ioLogik E1214 (6 DI, 6 relays): coils 0x0000-0x0005 relays, 0x0010-0x0015 relay pulse
   * status; discrete inputs 0x0000-0x0005; input registers 0x0010-0x001B DI counters (hi, lo),
   * 0x0030 all DI; holding register 0x0020 all relays.
   */
  public static final RegisterMap MOXA_E1214 =
      new RegisterMap("moxa-e1214", 6, 6, 0x0000, 0x0010, 0x0000, 0x0010, 0x0030, 0x0020);

  public RegisterMap {
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("a register map needs a model name");
    }
    if (inputs < 1 || inputs > 16 || relays < 1 || relays > 16) {
      throw new IllegalArgumentException("inputs and relays must be 1..16");
    }
    for (int address :
        new int[] {
          relayCoilBase,
          pulseCoilBase,
          discreteInputBase,
          inputCounterRegisterBase,
          inputBitsRegister,
          relayBitsRegister
        }) {
      if (address < 0 || address > 0xFFFF) {
        throw new IllegalArgumentException("Modbus addresses are 0..65535, was " + address);
      }
    }
  }

  /** The built-in register map of a model name; configured maps are in {@link RegisterMaps}. */
  public static RegisterMap forModel(String model) {
    return RegisterMaps.builtIn().forModel(model);
  }

  public void checkRelay(int relay) {
    if (relay < 0 || relay >= relays) {
      throw new IllegalArgumentException(
          "no relay " + relay + " on " + model + " (0.." + (relays - 1) + ")");
    }
  }
}
