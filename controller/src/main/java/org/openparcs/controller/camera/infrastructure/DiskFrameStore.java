package org.openparcs.controller.camera.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.openparcs.controller.camera.application.FrameStore;
import org.openparcs.controller.camera.model.Frame;
import org.openparcs.controller.camera.model.KeptImage;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.protection.FileSealer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frame images as files under one folder: {@code yyyy/MM/dd/<lane>/<frame id>.jpg}, written to a
 * temporary name then moved, so a file is either whole or absent. The path recorded is relative to
 * the folder and never leaves it. A size limit keeps a flooding camera from filling the disk.
 * Images are sealed (POLICY K1): the file holds the AES-GCM envelope of the JPEG, never the JPEG; a
 * file left unsealed by an older version is still served as it is.
 */
final class DiskFrameStore implements FrameStore {

  private static final Logger LOG = LoggerFactory.getLogger(DiskFrameStore.class);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

  private final Path root;
  private final long limitBytes;
  private final AtomicLong used = new AtomicLong();
  private final FileSealer sealer;

  /** {@code sealer} null: a store that can only delete (tools without the key ring). */
  DiskFrameStore(Path root, long limitBytes, FileSealer sealer) {
    this.root = root.toAbsolutePath().normalize();
    this.limitBytes = limitBytes;
    this.sealer = sealer;
    try {
      Files.createDirectories(this.root);
      try (Stream<Path> files = Files.walk(this.root)) {
        used.set(files.filter(Files::isRegularFile).mapToLong(DiskFrameStore::size).sum());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use the frame folder " + this.root, e);
    }
  }

  @Override
  public Optional<KeptImage> keep(Frame frame, byte[] jpeg) {
    byte[] sealed = sealer().seal(jpeg, SealedContexts.FRAME_IMAGE);
    if (used.addAndGet(sealed.length) > limitBytes) {
      used.addAndGet(-sealed.length);
      LOG.warn(
          "Frame folder {} is full ({} MB): frame {} of camera {} read but not kept",
          root,
          limitBytes >> 20,
          frame.id(),
          frame.camera());
      return Optional.empty();
    }
    String relative =
        DAY.format(frame.receivedAt()) + "/" + frame.lane().value() + "/" + frame.id() + ".jpg";
    Path target = resolve(relative);
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), ".frame-", ".tmp");
      Files.write(temp, sealed);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      used.addAndGet(-sealed.length);
      LOG.error("Cannot keep frame {} in {}: {}", frame.id(), root, e.toString());
      return Optional.empty();
    }
    return Optional.of(new KeptImage(relative, sha256(jpeg)));
  }

  @Override
  public Optional<byte[]> load(String path) {
    try {
      byte[] stored = Files.readAllBytes(resolve(path));
      return Optional.of(
          FileSealer.isSealed(stored) ? sealer().open(stored, SealedContexts.FRAME_IMAGE) : stored);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read frame image " + path, e);
    }
  }

  @Override
  public boolean delete(String path) {
    Path file = resolve(path);
    try {
      long size = size(file);
      boolean deleted = Files.deleteIfExists(file);
      if (deleted) {
        used.addAndGet(-size);
      }
      return deleted;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete frame image " + path, e);
    }
  }

  private FileSealer sealer() {
    if (sealer == null) {
      throw new IllegalStateException("this frame store has no key ring: it can only delete");
    }
    return sealer;
  }

  private Path resolve(String relative) {
    Path p = root.resolve(relative).normalize();
    if (!p.startsWith(root)) {
      throw new IllegalArgumentException("a frame path stays inside the frame folder: " + relative);
    }
    return p;
  }

  private static long size(Path p) {
    try {
      return Files.exists(p) ? Files.size(p) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
