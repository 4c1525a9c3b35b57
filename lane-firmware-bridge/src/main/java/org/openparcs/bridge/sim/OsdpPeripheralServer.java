package org.openparcs.bridge.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openparcs.bridge.osdp.OsdpCodec;
import org.openparcs.bridge.osdp.OsdpDecodeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated OSDP peripheral on the network: a plain blocking TCP server on loopback (not our
 * Netty code, so the controller's side is tested against an independent reader of the stream).
 * {@link #dropConnections()} cuts the line; the peripheral keeps listening.
 */
public final class OsdpPeripheralServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OsdpPeripheralServer.class);

  private final SimulatedOsdpPeripheral peripheral;
  private final ServerSocket server;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

  private OsdpPeripheralServer(SimulatedOsdpPeripheral peripheral, ServerSocket server) {
    this.peripheral = peripheral;
    this.server = server;
    Thread acceptor = new Thread(this::accept, "osdp-pd-" + peripheral.name());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Serves {@code peripheral} on loopback; port 0 picks a free port. */
  public static OsdpPeripheralServer start(SimulatedOsdpPeripheral peripheral, int port) {
    try {
      ServerSocket server = new ServerSocket();
      server.setReuseAddress(true);
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return new OsdpPeripheralServer(peripheral, server);
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen on port " + port, e);
    }
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Closes every open connection, as a cut cable would. */
  public void dropConnections() {
    for (Socket s : connections) {
      closeQuietly(s);
    }
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        connections.add(socket);
        Thread t = new Thread(() -> serve(socket), "osdp-pd-conn-" + peripheral.name());
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      byte[] packet;
      while ((packet = readPacket(in)) != null) {
        byte[] reply = peripheral.receive(packet);
        if (reply != null) {
          out.write(reply);
          out.flush();
        }
      }
    } catch (IOException e) {
      // the controller went away or the line was cut: wait for the next connection
    } finally {
      connections.remove(socket);
    }
  }

  private byte[] readPacket(InputStream in) throws IOException {
    while (true) {
      int som = in.read();
      if (som < 0) {
        return null;
      }
      if (som != OsdpCodec.SOM) {
        continue;
      }
      byte[] head = new byte[4];
      head[0] = (byte) som;
      if (in.readNBytes(head, 1, 3) < 3) {
        return null;
      }
      int length;
      try {
        length = OsdpCodec.declaredLength(head);
      } catch (OsdpDecodeException e) {
        LOG.warn("PD {}: {}, resynchronising", peripheral.name(), e.getMessage());
        continue;
      }
      byte[] packet = new byte[length];
      System.arraycopy(head, 0, packet, 0, 4);
      if (in.readNBytes(packet, 4, length - 4) < length - 4) {
        return null;
      }
      return packet;
    }
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
    dropConnections();
  }
}
