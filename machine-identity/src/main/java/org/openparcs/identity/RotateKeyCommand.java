package org.openparcs.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.time.Instant;
import javax.net.ssl.SSLContext;

/**
 * Rotates this garage's key without downtime (README "Machine identities"), run on the garage
 * machine: {@code RotateKeyCommand PORTAL-URL GARAGE-ID KEY-FILE NEW-KEY-ID}, with {@code
 * -Djavax.net.ssl.trustStore=...} when the portal's CA is not a public one.
 *
 * <ol>
 *   <li>makes a new key pair;
 *   <li>enrols its public key at the portal, signed with the current key (both valid now);
 *   <li>replaces the key file atomically: the running controller signs with the new key from its
 *       next delivery, without a restart;
 *   <li>revokes the old key at the portal, signed with the new one.
 * </ol>
 *
 * If step 2 fails nothing changed; if step 4 fails the old key stays valid until revoked again.
 */
public final class RotateKeyCommand {

  private final URI portal;
  private final String garageId;
  private final HttpClient http;

  public RotateKeyCommand(URI portal, String garageId, SSLContext tls) {
    this.portal = portal;
    this.garageId = garageId;
    this.http = HttpClient.newBuilder().sslContext(tls).build();
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: RotateKeyCommand PORTAL-URL GARAGE-ID KEY-FILE NEW-KEY-ID");
      System.exit(2);
    }
    new RotateKeyCommand(URI.create(args[0]), args[1], SSLContext.getDefault())
        .rotate(Path.of(args[2]), args[3]);
    System.out.println("Rotated: " + args[2] + " now holds key " + args[3]);
  }

  /** Runs the four steps; throws with the portal's answer when a step is refused. */
  public void rotate(Path keyFile, String newKeyId) throws IOException, InterruptedException {
    SigningKey old = SigningKeyFile.parse(Files.readString(keyFile), "garage");
    KeyPair next = MachineKeys.generate();
    SigningKey nextKey = new SigningKey(newKeyId, next.getPrivate());
    String base = "/api/garages/" + garageId + "/keys";
    byte[] enrol =
        ("{\"keyId\":\""
                + newKeyId
                + "\",\"publicKey\":\""
                + MachineKeys.publicText(next.getPublic())
                + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    call(old, base, enrol, "enrolling " + newKeyId);
    Path staged = keyFile.resolveSibling(keyFile.getFileName() + ".next");
    Files.deleteIfExists(staged);
    GenerateKey.write(staged, SigningKeyFile.content(newKeyId, next.getPrivate()));
    Files.move(
        staged, keyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    call(nextKey, base + "/" + old.keyId() + "/revocation", new byte[0], "revoking " + old.keyId());
  }

  private void call(SigningKey key, String path, byte[] body, String what)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(portal.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    SignedRequests.sign(key, "POST", path, body, Instant.now()).forEach(request::header);
    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException(what + " refused: " + r.statusCode() + " " + r.body());
    }
  }
}
