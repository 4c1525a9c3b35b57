package org.openparcs.controller.identity.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS context for calls to other machines: the configured trust store, else the JDK's. The JDK
 * checks the certificate chain, its validity dates (an expired certificate is refused) and the host
 * name.
 */
public final class MachineTls {

  private MachineTls() {}

  public static SSLContext context(TlsSettings settings) {
    try {
      if (settings == null || settings.trustStore() == null || settings.trustStore().isBlank()) {
        return SSLContext.getDefault();
      }
      KeyStore store = KeyStore.getInstance(settings.trustStoreType());
      char[] password =
          settings.trustStorePassword() == null
              ? null
              : settings.trustStorePassword().toCharArray();
      try (InputStream in = Files.newInputStream(Path.of(settings.trustStore()))) {
        store.load(in, password);
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, tmf.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(
          "cannot load the trust store " + settings.trustStore() + ": " + e.getMessage(), e);
    }
  }
}
