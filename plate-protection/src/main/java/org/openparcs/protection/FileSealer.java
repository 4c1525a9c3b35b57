package org.openparcs.protection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Seals whole files (frame images) with the plate key ring (POLICY K1): the same AES-256-GCM
 * envelope as {@link PlateCipher}, behind a 3-byte magic {@code PPF} so a sealed file is recognised
 * and never starts like a JPEG. Images are a few hundred kB, so whole byte arrays are sealed at
 * once.
 */
public final class FileSealer {
  private static final Envelope ENVELOPE = new Envelope("PPF".getBytes(StandardCharsets.US_ASCII));

  private final PlateKeys keys;

  public FileSealer(PlateKeys keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  public byte[] seal(byte[] content, String context) {
    return ENVELOPE.seal(keys, Objects.requireNonNull(content, "content"), context);
  }

  public byte[] open(byte[] sealed, String context) {
    return ENVELOPE.open(keys, sealed, context);
  }

  /** Writes the sealed content atomically (temporary file, then move). */
  public void write(Path file, byte[] content, String context) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".sealing");
    Files.write(tmp, seal(content, context));
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public byte[] read(Path file, String context) throws IOException {
    return open(Files.readAllBytes(file), context);
  }

  public void seal(InputStream in, OutputStream out, String context) throws IOException {
    out.write(seal(in.readAllBytes(), context));
  }

  public void open(InputStream in, OutputStream out, String context) throws IOException {
    out.write(open(in.readAllBytes(), context));
  }

  /**
   * Whether the bytes are a sealed file (and not, say, a plaintext JPEG left by the old schema).
   */
  public static boolean isSealed(byte[] bytes) {
    return ENVELOPE.recognises(bytes);
  }

  public boolean needsRekey(byte[] sealed) {
    return !keys.currentDataKeyId().equals(ENVELOPE.keyId(sealed));
  }
}
