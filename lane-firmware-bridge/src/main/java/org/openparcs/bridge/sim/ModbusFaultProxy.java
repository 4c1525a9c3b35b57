package org.openparcs.bridge.sim;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Modbus TCP proxy on loopback in front of a simulated I/O module, that can make the module
 * misbehave as real ones do: hang up in the middle of a reply, answer late, answer an exception
 * code, or answer garbage. Frames are read whole (MBAP header, then the PDU) so each fault hits one
 * transaction exactly. In a fault mode other than {@link Fault#SLOW_REPLY} requests are not passed
 * on, so the module behind never acts on them.
 */
public final class ModbusFaultProxy implements AutoCloseable {

  /** How the proxy treats each transaction. */
  public enum Fault {
    /** Pass requests and replies through unchanged. */
    NONE,
    /** Read the request, send the first bytes of a reply, and hang up. */
    HANG_UP_MID_REPLY,
    /** Pass the request on and hold the reply back for the configured delay. */
    SLOW_REPLY,
    /** Answer exception code 4 (server device failure) to every request. */
    EXCEPTION_CODE,
    /** Answer with the right transaction id and a body of nonsense. */
    GARBAGE
  }

  private final int port;
  private final int upstreamPort;
  private final Duration slowDelay;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final ServerSocket server;
  private volatile Fault fault = Fault.NONE;
  private final java.util.concurrent.atomic.AtomicLong requests =
      new java.util.concurrent.atomic.AtomicLong();

  /** Listens on {@code port} (0: a free one) and forwards to {@code upstreamPort} on loopback. */
  public ModbusFaultProxy(int port, int upstreamPort, Duration slowDelay) {
    this.upstreamPort = upstreamPort;
    this.slowDelay = slowDelay;
    try {
      this.server = new ServerSocket();
      server.setReuseAddress(true);
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on port " + port, e);
    }
    this.port = server.getLocalPort();
    Thread acceptor = new Thread(this::accept, "modbus-fault-proxy-" + this.port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return port;
  }

  /** Requests received from clients since the proxy started. */
  public long requests() {
    return requests.get();
  }

  /** From now on every transaction gets {@code fault}; open connections are kept. */
  public void inject(Fault fault) {
    this.fault = fault;
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
    sockets.forEach(ModbusFaultProxy::quietClose);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        sockets.add(client);
        Thread t = new Thread(() -> serve(client), "modbus-fault-proxy-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    Socket upstream = null;
    try (client) {
      DataInputStream in = new DataInputStream(client.getInputStream());
      OutputStream out = client.getOutputStream();
      while (true) {
        byte[] request = readFrame(in);
        requests.incrementAndGet();
        Fault now = fault;
        if (now == Fault.NONE || now == Fault.SLOW_REPLY) {
          if (upstream == null || upstream.isClosed()) {
            upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
            sockets.add(upstream);
          }
          upstream.getOutputStream().write(request);
          byte[] reply = readFrame(new DataInputStream(upstream.getInputStream()));
          if (now == Fault.SLOW_REPLY) {
            Thread.sleep(slowDelay.toMillis());
          }
          out.write(reply);
        } else if (now == Fault.HANG_UP_MID_REPLY) {
          out.write(request, 0, 5);
          out.flush();
          return;
        } else {
          out.write(now == Fault.EXCEPTION_CODE ? exceptionReply(request) : garbage(request));
        }
        out.flush();
      }
    } catch (IOException | InterruptedException e) {
      // the client or the module hung up: end this connection, as a real module would
    } finally {
      if (upstream != null) {
        quietClose(upstream);
        sockets.remove(upstream);
      }
      sockets.remove(client);
    }
  }

  /** One Modbus TCP frame: 7-byte MBAP header (length counts the unit id and the PDU). */
  private static byte[] readFrame(DataInputStream in) throws IOException {
    byte[] header = new byte[7];
    in.readFully(header);
    int length = ((header[4] & 0xFF) << 8) | (header[5] & 0xFF);
    if (length < 2 || length > 254) {
      throw new SocketException("not a Modbus TCP frame (length " + length + ")");
    }
    byte[] frame = new byte[6 + length];
    System.arraycopy(header, 0, frame, 0, 7);
    in.readFully(frame, 7, length - 1);
    return frame;
  }

  private static byte[] exceptionReply(byte[] request) {
    return new byte[] {
      request[0], request[1], 0, 0, 0, 3, request[6], (byte) (request[7] | 0x80), 4
    };
  }

  private static byte[] garbage(byte[] request) {
    // Right transaction id and length, an unknown function code and noise.
    return new byte[] {request[0], request[1], 0, 0, 0, 5, request[6], 0x2B, 7, (byte) 0xFF, 0x13};
  }

  private static void quietClose(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already gone
    }
  }
}
