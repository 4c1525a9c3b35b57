package org.openparcs.portal.audit.infrastructure;

import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.application.VerifyAuditTrail;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.audit.model.AuditEntry;
import org.openparcs.portal.audit.model.ChainCheck;

/**
 * The verify command: checks the audit trail of the portal's database from the command line (chain,
 * recorded head, anchors in the database and the anchor file), prints the outcome and exits 0 when
 * intact, 2 when broken. It reads the portal's configuration, so point it at the database as the
 * portal is ({@code -Dparcs.db.embedded=false -Dparcs.db.url=... -Dparcs.db.user=...}, or {@code
 * MICRONAUT_CONFIG_FILES}). The check itself is audited, under the operating system user.
 */
public final class VerifyAuditTrailCommand {

  private VerifyAuditTrailCommand() {}

  public static void main(String[] args) {
    System.exit(run(Map.of(), System.out));
  }

  /** Runs the check with these extra properties; returns the exit code. */
  public static int run(Map<String, Object> properties, PrintStream out) {
    try (ApplicationContext context = ApplicationContext.run(properties)) {
      ChainCheck check = context.getBean(VerifyAuditTrail.class).verify();
      String result;
      if (check instanceof ChainCheck.Intact ok) {
        result = "intact, " + ok.records() + " record(s), head " + ok.head().hex();
      } else {
        ChainCheck.Broken broken = (ChainCheck.Broken) check;
        result = "BROKEN at record " + broken.recordId() + ": " + broken.reason();
      }
      out.println("audit trail " + result);
      context
          .getBean(RecordAuditEntry.class)
          .record(
              AuditEntry.of(
                  context.getBean(Clock.class).instant(),
                  System.getProperty("user.name"),
                  null,
                  AuditAction.AUDIT_VERIFIED,
                  "command line: " + result));
      return check instanceof ChainCheck.Intact ? 0 : 2;
    }
  }
}
