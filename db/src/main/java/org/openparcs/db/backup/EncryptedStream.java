package org.openparcs.db.backup;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The encrypted form of a backup (POLICY K1): AES-256-GCM over segments of 1 MiB, so that any size
 * streams through in constant memory and every byte is authenticated before it is used.
 *
 * <p>Layout: header {@code "PARCSBK1"}, key id (1 length byte + ASCII), the backup's time (epoch
 * milliseconds), a random 7-byte nonce prefix; then segments {@code [last flag][length][ciphertext
 * + 16-byte tag]}. A segment's nonce is prefix + segment number + last flag, and the whole header
 * is its associated data: a changed header, a reordered, dropped or changed segment, a truncated
 * file or a wrong key all fail the tag check (the construction of Tink's streaming AEAD).
 */
public final class EncryptedStream {

  static final byte[] MAGIC = "PARCSBK1".getBytes(StandardCharsets.US_ASCII);
  static final int SEGMENT = 1 << 20;
  private static final int TAG_BITS = 128;

  private EncryptedStream() {}

  /** What the header says, readable without the key. */
  public record Header(String keyId, Instant createdAt, byte[] noncePrefix, byte[] bytes) {}

  /** Starts an encrypted backup on {@code out}; closing the returned stream finishes it. */
  public static OutputStream encrypt(
      OutputStream out, String keyId, SecretKey key, Instant createdAt) throws IOException {
    byte[] prefix = new byte[7];
    new SecureRandom().nextBytes(prefix);
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    DataOutputStream h = new DataOutputStream(header);
    h.write(MAGIC);
    byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
    h.writeByte(id.length);
    h.write(id);
    h.writeLong(createdAt.toEpochMilli());
    h.write(prefix);
    byte[] headerBytes = header.toByteArray();
    out.write(headerBytes);
    return new Writer(new DataOutputStream(out), key, prefix, headerBytes);
  }

  /** Reads the header of an encrypted backup. */
  public static Header header(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(in);
    try {
      byte[] magic = new byte[MAGIC.length];
      d.readFully(magic);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new BackupFailure("not a PARCS backup (no PARCSBK1 header): nothing was restored");
      }
      int length = d.readUnsignedByte();
      byte[] id = new byte[length];
      d.readFully(id);
      long millis = d.readLong();
      byte[] prefix = new byte[7];
      d.readFully(prefix);
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      all.write(magic);
      all.write(length);
      all.write(id);
      all.write(ByteBuffer.allocate(8).putLong(millis).array());
      all.write(prefix);
      return new Header(
          new String(id, StandardCharsets.US_ASCII),
          Instant.ofEpochMilli(millis),
          prefix,
          all.toByteArray());
    } catch (EOFException e) {
      throw new BackupFailure("the backup file is truncated in its header: nothing was restored");
    }
  }

  /** The plaintext of a backup whose header was read; every segment is checked as it is read. */
  public static InputStream decrypt(InputStream in, Header header, SecretKey key) {
    return new Reader(new DataInputStream(in), key, header);
  }

  private static byte[] nonce(byte[] prefix, long segment, boolean last) {
    if (segment > 0xFFFFFFFFL) {
      throw new BackupFailure("backup larger than 4 PiB");
    }
    return ByteBuffer.allocate(12)
        .put(prefix)
        .putInt((int) segment)
        .put((byte) (last ? 1 : 0))
        .array();
  }

  private static Cipher cipher(int mode, SecretKey key, byte[] nonce, byte[] header) {
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(header);
      return c;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", e);
    }
  }

  private static final class Writer extends OutputStream {
    private final DataOutputStream out;
    private final SecretKey key;
    private final byte[] prefix;
    private final byte[] header;
    private final byte[] buffer = new byte[SEGMENT];
    private int filled;
    private long segment;
    private boolean closed;

    Writer(DataOutputStream out, SecretKey key, byte[] prefix, byte[] header) {
      this.out = out;
      this.key = key;
      this.prefix = prefix;
      this.header = header;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      while (len > 0) {
        if (filled == SEGMENT) {
          emit(false);
        }
        int n = Math.min(len, SEGMENT - filled);
        System.arraycopy(b, off, buffer, filled, n);
        filled += n;
        off += n;
        len -= n;
      }
    }

    private void emit(boolean last) throws IOException {
      try {
        byte[] sealed =
            cipher(Cipher.ENCRYPT_MODE, key, nonce(prefix, segment, last), header)
                .doFinal(buffer, 0, filled);
        out.writeByte(last ? 1 : 0);
        out.writeInt(sealed.length);
        out.write(sealed);
      } catch (GeneralSecurityException e) {
        throw new IOException("encryption failed", e);
      }
      segment++;
      filled = 0;
    }

    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        emit(true);
        out.close();
      }
    }
  }

  private static final class Reader extends InputStream {
    private final DataInputStream in;
    private final SecretKey key;
    private final Header header;
    private byte[] plain = new byte[0];
    private int position;
    private long segment;
    private boolean last;

    Reader(DataInputStream in, SecretKey key, Header header) {
      this.in = in;
      this.key = key;
      this.header = header;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      while (position == plain.length) {
        if (last) {
          return -1;
        }
        next();
      }
      int n = Math.min(len, plain.length - position);
      System.arraycopy(plain, position, b, off, n);
      position += n;
      return n;
    }

    private void next() throws IOException {
      try {
        int flag = in.readUnsignedByte();
        int length = in.readInt();
        if (flag > 1 || length < 16 || length > SEGMENT + 16) {
          throw changed();
        }
        byte[] sealed = new byte[length];
        in.readFully(sealed);
        last = flag == 1;
        plain =
            cipher(
                    Cipher.DECRYPT_MODE,
                    key,
                    nonce(header.noncePrefix(), segment, last),
                    header.bytes())
                .doFinal(sealed);
        position = 0;
        segment++;
        if (last && in.read() != -1) {
          throw new BackupFailure(
              "the backup has bytes after its last segment (changed): nothing was restored");
        }
      } catch (EOFException e) {
        throw new BackupFailure("the backup file is truncated: nothing was restored");
      } catch (AEADBadTagException e) {
        throw new BackupFailure(
            "the backup does not decrypt with key '"
                + header.keyId()
                + "': a wrong key, or the file was changed: nothing was restored");
      } catch (GeneralSecurityException e) {
        throw changed();
      }
    }

    private BackupFailure changed() {
      return new BackupFailure("the backup file was changed (segment " + segment + ")");
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
