package org.openparcs.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;

/**
 * Enrolment step 1, run on the machine that will own the key: {@code GenerateKey KEY-FILE KEY-ID}
 * writes a new Ed25519 private key (its id line and PKCS#8 PEM, readable by its owner only) and
 * prints the public key to register at the other end. The private key never leaves the machine.
 */
public final class GenerateKey {

  private GenerateKey() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !KeyIds.isValid(args[1])) {
      System.err.println(
          "usage: GenerateKey KEY-FILE KEY-ID   (writes the private key, prints the public key)");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    KeyPair pair = MachineKeys.generate();
    write(file, SigningKeyFile.content(args[1], pair.getPrivate()));
    System.out.println(MachineKeys.publicText(pair.getPublic()));
  }

  public static void write(Path file, String pem) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, pem, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the folder's permissions protect the key.
    }
  }
}
