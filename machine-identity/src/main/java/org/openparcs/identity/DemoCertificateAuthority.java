package org.openparcs.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away certificate authority for the demo and the tests, made with the JDK's own {@code
 * keytool} (no OpenSSL, no BouncyCastle): a CA key pair, a PKCS12 trust store holding only the CA
 * certificate, and PKCS12 key stores for each service with a certificate the CA signed (EC P-256,
 * subject alternative names for the loopback host). Real deployments configure certificates from
 * their own CA instead.
 */
public final class DemoCertificateAuthority {

  public static final String TRUST_STORE = "truststore.p12";

  private final Path dir;
  private final String password;

  private DemoCertificateAuthority(Path dir, String password) {
    this.dir = dir;
    this.password = password;
  }

  /** Creates the CA (valid 30 days) and its trust store in {@code dir}. */
  public static DemoCertificateAuthority create(Path dir, String password) throws IOException {
    Files.createDirectories(dir);
    DemoCertificateAuthority ca = new DemoCertificateAuthority(dir, password);
    ca.keytool(
        "-genkeypair",
        "-alias",
        "ca",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=PARCS demo CA",
        "-ext",
        "bc:c",
        "-validity",
        "30",
        "-keystore",
        "ca.p12",
        "-storetype",
        "PKCS12",
        "-storepass",
        password);
    ca.keytool(
        "-exportcert",
        "-alias",
        "ca",
        "-keystore",
        "ca.p12",
        "-storepass",
        password,
        "-rfc",
        "-file",
        "ca.pem");
    ca.keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        "parcs-demo-ca",
        "-file",
        "ca.pem",
        "-keystore",
        TRUST_STORE,
        "-storetype",
        "PKCS12",
        "-storepass",
        password);
    return ca;
  }

  public Path trustStore() {
    return dir.resolve(TRUST_STORE);
  }

  public String password() {
    return password;
  }

  /** A key store {@code name.p12} for a service on this machine, valid {@code days} from now. */
  public Path issue(String name, int days) throws IOException {
    return issue(name, days, null);
  }

  /**
   * @param startDate keytool's {@code -startdate} (e.g. {@code -10d} for a certificate that began
   *     ten days ago: with {@code days} 1 it has expired), or null for now
   */
  public Path issue(String name, int days, String startDate) throws IOException {
    String store = name + ".p12";
    keytool(
        "-genkeypair",
        "-alias",
        name,
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=" + name,
        "-keystore",
        store,
        "-storetype",
        "PKCS12",
        "-storepass",
        password);
    keytool(
        "-certreq",
        "-alias",
        name,
        "-keystore",
        store,
        "-storepass",
        password,
        "-file",
        name + ".csr");
    List<String> gencert =
        new ArrayList<>(
            List.of(
                "-gencert",
                "-alias",
                "ca",
                "-keystore",
                "ca.p12",
                "-storepass",
                password,
                "-infile",
                name + ".csr",
                "-outfile",
                name + ".pem",
                "-rfc",
                "-validity",
                Integer.toString(days),
                "-ext",
                "san=dns:localhost,ip:127.0.0.1",
                "-ext",
                "eku=serverAuth,clientAuth"));
    if (startDate != null) {
      gencert.addAll(List.of("-startdate", startDate));
    }
    keytool(gencert.toArray(String[]::new));
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        "ca",
        "-file",
        "ca.pem",
        "-keystore",
        store,
        "-storepass",
        password);
    keytool(
        "-importcert",
        "-alias",
        name,
        "-file",
        name + ".pem",
        "-keystore",
        store,
        "-storepass",
        password);
    return dir.resolve(store);
  }

  private void keytool(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    try {
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IOException("keytool " + args[0] + " failed: " + output.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
