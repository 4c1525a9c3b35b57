package org.openparcs.bridge.modbus.j2mod;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.procimg.DigitalIn;
import com.ghgande.j2mod.modbus.procimg.DigitalOut;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.openparcs.bridge.modbus.ModbusPoints;

/**
 * The one place the Modbus server library is used: serves {@link ModbusPoints} over Modbus TCP.
 * Every request reads the points live, so the simulator behind them never needs copying.
 */
public final class J2modServer implements AutoCloseable {

  private final ModbusSlave slave;
  private final int port;

  private J2modServer(ModbusSlave slave, int port) {
    this.slave = slave;
    this.port = port;
  }

  /** Serves {@code points} as unit {@code unitId} on {@code address:port}; port 0 picks one. */
  public static J2modServer start(InetAddress address, int port, int unitId, ModbusPoints points) {
    // The library keys its servers by port number, so a free port is chosen here, not by the OS.
    int actualPort = port == 0 ? freePort(address) : port;
    try {
      ModbusSlave slave = ModbusSlaveFactory.createTCPSlave(address, actualPort, 8, false);
      slave.addProcessImage(unitId, image(points, unitId));
      slave.open();
      return new J2modServer(slave, actualPort);
    } catch (ModbusException e) {
      throw new IllegalStateException("cannot serve Modbus on port " + actualPort, e);
    }
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    ModbusSlaveFactory.close(slave);
  }

  private static SimpleProcessImage image(ModbusPoints points, int unitId) {
    SimpleProcessImage image = new SimpleProcessImage(unitId);
    ModbusPoints.Layout layout = points.layout();
    for (int a : layout.coils()) {
      image.addDigitalOut(a, new LiveCoil(points, a));
    }
    for (int a : layout.discreteInputs()) {
      image.addDigitalIn(a, new LiveInput(points, a));
    }
    for (int a : layout.inputRegisters()) {
      image.addInputRegister(a, new LiveRegister(points, a, false));
    }
    for (int a : layout.holdingRegisters()) {
      image.addRegister(a, new LiveRegister(points, a, true));
    }
    return image;
  }

  private static int freePort(InetAddress address) {
    try (ServerSocket s = new ServerSocket(0, 1, address)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + address, e);
    }
  }

  private record LiveCoil(ModbusPoints points, int address) implements DigitalOut {
    @Override
    public boolean isSet() {
      return points.coil(address);
    }

    @Override
    public void set(boolean b) {
      points.writeCoil(address, b);
    }
  }

  private record LiveInput(ModbusPoints points, int address) implements DigitalIn {
    @Override
    public boolean isSet() {
      return points.discreteInput(address);
    }
  }

  private record LiveRegister(ModbusPoints points, int address, boolean holding)
      implements Register {
    @Override
    public int getValue() {
      return (holding ? points.holdingRegister(address) : points.inputRegister(address)) & 0xFFFF;
    }

    @Override
    public int toUnsignedShort() {
      return getValue();
    }

    @Override
    public short toShort() {
      return (short) getValue();
    }

    @Override
    public byte[] toBytes() {
      int v = getValue();
      return new byte[] {(byte) (v >>> 8), (byte) v};
    }

    @Override
    public void setValue(int v) {
      if (!holding) {
        throw new IllegalStateException("input register " + address + " is read-only");
      }
      points.writeHoldingRegister(address, v & 0xFFFF);
    }

    @Override
    public void setValue(short s) {
      setValue(s & 0xFFFF);
    }

    @Override
    public void setValue(byte[] bytes) {
      setValue(((bytes[0] & 0xFF) << 8) | (bytes[1] & 0xFF));
    }
  }
}
