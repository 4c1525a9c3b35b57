package org.openparcs.portal.console.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.console.application.ConsolePurpose;
import org.openparcs.portal.console.application.GarageConsoles;
import org.openparcs.portal.console.application.OpenGarageConsole;
import org.openparcs.portal.console.application.RelayConsoleAction;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.identity.infrastructure.OrderSigning;
import org.openparcs.portal.plate.model.AlprAccessPolicy;

/** Wires the garages' consoles in the portal (issue 5). */
@Factory
class ConsoleFactory {

  /** One daemon thread per open live view, each blocked on its garage's stream. */
  private static ExecutorService consoleStreams() {
    AtomicInteger n = new AtomicInteger();
    return Executors.newCachedThreadPool(
        r -> {
          Thread t = new Thread(r, "console-relay-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  @Singleton
  GarageConsoles garageConsoles(
      List<ConsoleSettings> consoles,
      ConsoleTlsSettings tls,
      OrderSigning signing,
      JsonMapper json,
      Clock clock) {
    Map<String, ConsoleSettings> byGarage = new HashMap<>();
    consoles.forEach(c -> byGarage.put(SignedGarageConsoles.key(new GarageId(c.garageId())), c));
    return new SignedGarageConsoles(byGarage, signing, tls(tls), json, clock, consoleStreams());
  }

  @Singleton
  ConsolePurpose consolePurpose(AlprAccessPolicy policy) {
    return new ConsolePurpose(policy);
  }

  @Singleton
  OpenGarageConsole openGarageConsole(
      GarageConsoles consoles, ConsolePurpose purposes, RecordAuditEntry audit, Clock clock) {
    return new OpenGarageConsole(consoles, purposes, audit, clock);
  }

  @Singleton
  RelayConsoleAction relayConsoleAction(
      GarageConsoles consoles, ConsolePurpose purposes, RecordAuditEntry audit, Clock clock) {
    return new RelayConsoleAction(consoles, purposes, audit, clock);
  }

  /** The configured trust store, else the JDK's (which checks chain, dates and host name). */
  private static SSLContext tls(ConsoleTlsSettings settings) {
    try {
      if (settings.trustStore() == null || settings.trustStore().isBlank()) {
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
