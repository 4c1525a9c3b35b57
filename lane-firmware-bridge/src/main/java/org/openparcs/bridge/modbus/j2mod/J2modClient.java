package org.openparcs.bridge.modbus.j2mod;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.ModbusIOException;
import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import com.ghgande.j2mod.modbus.util.BitVector;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.openparcs.bridge.io.IoModuleException;
import org.openparcs.bridge.modbus.ModbusEndpoint;

/**
 * The one place the Modbus client library is used. Library retries and reconnects are off; after
 * any failure but a device exception the connection is dropped, so the next transaction starts on a
 * fresh socket instead of reading a late reply to an old request.
 */
public final class J2modClient implements AutoCloseable {

  private final String device;
  private final ModbusEndpoint endpoint;
  private ModbusTCPMaster master;

  public J2modClient(String device, ModbusEndpoint endpoint) {
    this.device = device;
    this.endpoint = endpoint;
  }

  public boolean[] readDiscreteInputs(int address, int count) throws IoModuleException {
    BitVector bits = transact(m -> m.readInputDiscretes(endpoint.unitId(), address, count));
    if (bits == null || bits.size() < count) {
      throw malformed("asked for " + count + " inputs, got " + (bits == null ? 0 : bits.size()));
    }
    boolean[] states = new boolean[count];
    for (int i = 0; i < count; i++) {
      // BitVector.toString() prints bits reversed; getBit(i) is input i.
      states[i] = bits.getBit(i);
    }
    return states;
  }

  public void writeCoil(int address, boolean on) throws IoModuleException {
    Boolean echoed = transact(m -> m.writeCoil(endpoint.unitId(), address, on));
    if (echoed == null || echoed != on) {
      throw malformed("coil " + address + " write of " + on + " echoed " + echoed);
    }
  }

  public int[] readInputRegisters(int address, int count) throws IoModuleException {
    InputRegister[] registers =
        transact(m -> m.readInputRegisters(endpoint.unitId(), address, count));
    if (registers == null || registers.length != count) {
      throw malformed(
          "asked for " + count + " registers, got " + (registers == null ? 0 : registers.length));
    }
    int[] values = new int[count];
    for (int i = 0; i < count; i++) {
      values[i] = registers[i].toUnsignedShort();
    }
    return values;
  }

  @Override
  public synchronized void close() {
    if (master != null) {
      master.disconnect();
      master = null;
    }
  }

  private interface Call<T> {
    T on(ModbusTCPMaster master) throws ModbusException;
  }

  private synchronized <T> T transact(Call<T> call) throws IoModuleException {
    ModbusTCPMaster m = connected();
    try {
      return call.on(m);
    } catch (ModbusSlaveException e) {
      throw new IoModuleException.Rejected(device, e.getType(), e.getMessage());
    } catch (ModbusIOException e) {
      close();
      throw ioFailure(e);
    } catch (ModbusException | RuntimeException e) {
      // j2mod reports replies it cannot parse (wrong function, short frame) this way.
      close();
      throw new IoModuleException.Malformed(device, String.valueOf(e.getMessage()), e);
    }
  }

  private ModbusTCPMaster connected() throws IoModuleException {
    if (master != null && master.isConnected()) {
      return master;
    }
    close();
    int timeoutMillis = (int) endpoint.timeout().toMillis();
    ModbusTCPMaster m =
        new ModbusTCPMaster(endpoint.host(), endpoint.port(), timeoutMillis, false, false);
    try {
      m.connect();
      // The facade applies these to the transaction connect() creates; set before, they are lost.
      // j2mod counts attempts, and reads 0 as "default" (5): 1 means one attempt, no retry.
      m.setRetries(1);
      m.setCheckingValidity(true);
    } catch (UnknownHostException e) {
      throw new IoModuleException.Unreachable(device, "unknown host " + endpoint.host(), e);
    } catch (Exception e) {
      m.disconnect();
      if (hasCause(e, SocketTimeoutException.class)) {
        throw new IoModuleException.Timeout(
            device, "no answer to connect in " + timeoutMillis + " ms", e);
      }
      throw new IoModuleException.Unreachable(device, "cannot connect: " + e.getMessage(), e);
    }
    master = m;
    return m;
  }

  private IoModuleException ioFailure(ModbusIOException e) {
    if (hasCause(e, SocketTimeoutException.class) || mentionsTimeout(e)) {
      return new IoModuleException.Timeout(
          device, "no reply within " + endpoint.timeout().toMillis() + " ms", e);
    }
    if (e.isEOF()
        || hasCause(e, ConnectException.class)
        || hasCause(e, java.io.EOFException.class)
        || hasCause(e, java.net.SocketException.class)
        || mentions(e, "end of stream")
        || mentions(e, "connection reset")
        || mentions(e, "broken pipe")) {
      // j2mod reports a peer that hung up mid-reply only in its message text.
      return new IoModuleException.Unreachable(device, "connection lost: " + e.getMessage(), e);
    }
    return new IoModuleException.Malformed(device, String.valueOf(e.getMessage()), e);
  }

  private static boolean mentionsTimeout(Throwable e) {
    return mentions(e, "timed out");
  }

  private static boolean mentions(Throwable e, String words) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && m.toLowerCase(java.util.Locale.ROOT).contains(words)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private IoModuleException.Malformed malformed(String message) {
    close();
    return new IoModuleException.Malformed(device, message, null);
  }
}
