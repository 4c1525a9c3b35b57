package org.openparcs.portal.protection.infrastructure;

import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.util.Map;

/**
 * The re-key command (POLICY K1 rotation): against the portal's database and configuration, with
 * the new key current and the old one still listed, it seals clear rows left by an older schema,
 * re-seals every value under an old data key and remakes every hash under an old lookup key, then
 * prints the counts. After it the old key can be removed from the configuration.
 */
public final class RekeyCommand {

  private RekeyCommand() {}

  public static void main(String[] args) {
    System.exit(run(Map.of("parcs.protection.rekey-at-start", false), System.out));
  }

  /** Runs the re-key with these extra properties; returns the exit code. */
  public static int run(Map<String, Object> properties, PrintStream out) {
    try (ApplicationContext context = ApplicationContext.run(properties)) {
      PortalRekey.Result result = context.getBean(PortalRekey.class).run();
      out.println(
          "re-key: converted="
              + result.converted()
              + " resealed="
              + result.resealed()
              + " rehashed="
              + result.rehashed()
              + " journal="
              + result.journalLines());
      result.columns().forEach(c -> out.println("  " + c));
      return 0;
    }
  }
}
