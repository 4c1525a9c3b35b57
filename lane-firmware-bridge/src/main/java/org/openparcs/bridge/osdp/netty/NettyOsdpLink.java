package org.openparcs.bridge.osdp.netty;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openparcs.bridge.osdp.acu.OsdpLink;
import org.openparcs.bridge.osdp.acu.OsdpLinkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OSDP carried over TCP (a serial-to-Ethernet converter or a PD with a network port), on Netty.
 * Connects on the first exchange and again after the connection was lost or dropped. A packet that
 * arrives when no exchange waits (a late reply) is dropped with a log line.
 */
public final class NettyOsdpLink implements OsdpLink {

  private static final Logger LOG = LoggerFactory.getLogger(NettyOsdpLink.class);

  private final String name;
  private final String host;
  private final int port;
  private final Bootstrap bootstrap;
  private volatile Channel channel;
  private volatile CompletableFuture<byte[]> pending;

  /** A link on {@code group}, which the caller owns and shuts down. */
  public NettyOsdpLink(String name, String host, int port, EventLoopGroup group) {
    this.name = name;
    this.host = host;
    this.port = port;
    this.bootstrap =
        new Bootstrap()
            .group(group)
            .channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 1000)
            .handler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline().addLast(new OsdpFrameDecoder(name), new Replies());
                  }
                });
  }

  @Override
  public byte[] exchange(byte[] packet, Duration timeout) throws OsdpLinkException {
    Channel ch = connected();
    CompletableFuture<byte[]> reply = new CompletableFuture<>();
    pending = reply;
    ch.writeAndFlush(ch.alloc().buffer(packet.length).writeBytes(packet));
    try {
      return reply.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new OsdpLinkException("timeout", "no reply within " + timeout.toMillis() + " ms");
    } catch (ExecutionException e) {
      throw new OsdpLinkException("closed", e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OsdpLinkException("closed", "interrupted");
    } finally {
      pending = null;
    }
  }

  private Channel connected() throws OsdpLinkException {
    Channel ch = channel;
    if (ch != null && ch.isActive()) {
      return ch;
    }
    ChannelFuture connect = bootstrap.connect(host, port).awaitUninterruptibly();
    if (!connect.isSuccess()) {
      throw new OsdpLinkException(
          "connect",
          "cannot connect to " + host + ":" + port + ": " + connect.cause().getMessage());
    }
    LOG.info("OSDP {} connected to {}:{}", name, host, port);
    channel = connect.channel();
    return channel;
  }

  @Override
  public void disconnect() {
    Channel ch = channel;
    channel = null;
    if (ch != null) {
      ch.close().awaitUninterruptibly(1, TimeUnit.SECONDS);
    }
  }

  @Override
  public void close() {
    disconnect();
  }

  private final class Replies extends SimpleChannelInboundHandler<byte[]> {
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, byte[] packet) {
      CompletableFuture<byte[]> waiting = pending;
      if (waiting == null || !waiting.complete(packet)) {
        LOG.warn("OSDP {}: dropped a packet that arrived when no reply was awaited", name);
      }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      CompletableFuture<byte[]> waiting = pending;
      if (waiting != null) {
        waiting.completeExceptionally(new IllegalStateException("connection closed by the PD"));
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      LOG.warn("OSDP {}: connection failed: {}", name, cause.toString());
      ctx.close();
    }
  }
}
