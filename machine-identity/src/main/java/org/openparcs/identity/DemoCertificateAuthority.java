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

  /** The environment variable that hands the store password to keytool and to {@link #main}. */
  public static final String PASSWORD_VARIABLE = "PARCS_CA_PASSWORD";

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

  /**
   * For a trial installation (docker/README.md): {@code DemoCertificateAuthority DIR NAME...} makes
   * a CA valid 30 days in {@code DIR} and a key store {@code NAME.p12} for each service, its
   * certificate valid for the host name {@code NAME} (the compose service name) and loopback. The
   * password comes from the environment variable {@code PARCS_CA_PASSWORD}, never the command line.
   * Not for production: use the city's own CA there.
   */
  public static void main(String[] args) throws IOException {
    String password = System.getenv(PASSWORD_VARIABLE);
    if (args.length < 2 || password == null || password.length() < 12) {
      System.err.println(
          "usage: PARCS_CA_PASSWORD=<12+ characters> DemoCertificateAuthority DIR NAME...");
      System.exit(2);
    }
    DemoCertificateAuthority ca = create(Path.of(args[0]), password);
    for (int i = 1; i < args.length; i++) {
      System.out.println("Key store for " + args[i] + ": " + ca.issue(args[i], 30));
    }
    System.out.println("Trust store (the CA only): " + ca.trustStore());
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
                "san=dns:" + name + ",dns:localhost,ip:127.0.0.1",
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
    for (int i = 0; i < args.length; i++) {
      if ("-storepass".equals(args[i])) {
        // The password goes to keytool in its environment, not on its command line (ps shows it).
        command.add("-storepass:env");
        command.add(PASSWORD_VARIABLE);
        i++;
      } else {
        command.add(args[i]);
      }
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put(PASSWORD_VARIABLE, password);
    Process p = builder.directory(dir.toFile()).redirectErrorStream(true).start();
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
