package org.openparcs.controller.camera.model;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An address or a CIDR block ({@code 10.20.0.0/24}, {@code 192.0.2.7}, {@code ::1}) a camera may
 * push from. Written as numbers only: a host name would need a lookup on every push.
 */
public final class AddressRange {

  private final byte[] network;
  private final int prefix;
  private final String text;

  private AddressRange(byte[] network, int prefix, String text) {
    this.network = network;
    this.prefix = prefix;
    this.text = text;
  }

  /**
   * @throws IllegalArgumentException when the text is not a numeric address or CIDR block
   */
  public static AddressRange parse(String text) {
    String t = text.strip();
    int slash = t.indexOf('/');
    String host = slash < 0 ? t : t.substring(0, slash);
    if (!host.matches("[0-9a-fA-F:.]+")) {
      throw new IllegalArgumentException("not a numeric address or CIDR block: '" + text + "'");
    }
    byte[] address;
    try {
      address = InetAddress.getByName(host).getAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not a numeric address or CIDR block: '" + text + "'");
    }
    int bits = address.length * 8;
    int prefix;
    try {
      prefix = slash < 0 ? bits : Integer.parseInt(t.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad prefix length in '" + text + "'");
    }
    if (prefix < 0 || prefix > bits) {
      throw new IllegalArgumentException("bad prefix length in '" + text + "'");
    }
    return new AddressRange(address, prefix, t);
  }

  public boolean contains(InetAddress address) {
    byte[] a = address.getAddress();
    if (a.length != network.length) {
      return false;
    }
    int full = prefix / 8;
    for (int i = 0; i < full; i++) {
      if (a[i] != network[i]) {
        return false;
      }
    }
    int rest = prefix % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xFF << (8 - rest)) & 0xFF;
    return (a[full] & mask) == (network[full] & mask);
  }

  @Override
  public String toString() {
    return text;
  }
}
