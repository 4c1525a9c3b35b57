package org.openparcs.bridge.osdp;

/** A command (controller to peripheral) or a reply (peripheral to controller). */
public sealed interface OsdpMessage permits OsdpCommand, OsdpReply {

  /** The command or reply code (one byte, 0x00..0xFF). */
  int code();

  /** The OSDP name of the message, e.g. {@code osdp_POLL}. */
  String name();
}
