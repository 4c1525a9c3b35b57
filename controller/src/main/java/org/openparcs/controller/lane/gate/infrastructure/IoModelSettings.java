package org.openparcs.controller.lane.gate.infrastructure;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.openparcs.bridge.io.RegisterMap;

/**
 * The register map of an I/O module model, as data ({@code parcs.io-models.<model>.*}): a new
 * module model needs configuration, not code. Addresses are Modbus PDU (0-based) addresses. A model
 * named like a built-in one ({@code moxa-e1214}) replaces it.
 *
 * @param model the model name lanes refer to in {@code io-model}
 * @param inputs number of digital inputs
 * @param relays number of relay outputs
 * @param relayCoilBase coil of relay 0
 * @param pulseCoilBase coil that starts the module-timed pulse of relay 0
 * @param discreteInputBase discrete input of DI 0
 * @param inputCounterRegisterBase input register of DI 0's counter high word (low word follows)
 * @param inputBitsRegister input register with every DI as bits
 * @param relayBitsRegister holding register with every relay as bits
 */
@EachProperty("parcs.io-models")
public record IoModelSettings(
    @Parameter String model,
    @Min(1) @Max(16) int inputs,
    @Min(1) @Max(16) int relays,
    @Min(0) @Max(65535) int relayCoilBase,
    @Min(0) @Max(65535) int pulseCoilBase,
    @Min(0) @Max(65535) int discreteInputBase,
    @Min(0) @Max(65535) int inputCounterRegisterBase,
    @Min(0) @Max(65535) int inputBitsRegister,
    @Min(0) @Max(65535) int relayBitsRegister) {

  public RegisterMap registerMap() {
    return new RegisterMap(
        model,
        inputs,
        relays,
        relayCoilBase,
        pulseCoilBase,
        discreteInputBase,
        inputCounterRegisterBase,
        inputBitsRegister,
        relayBitsRegister);
  }
}
