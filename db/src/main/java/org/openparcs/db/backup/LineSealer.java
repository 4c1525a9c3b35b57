package org.openparcs.db.backup;

import java.util.Objects;
import org.openparcs.protection.PlateCipher;

/**
 * Seals the fields of a decision journal line (POLICY K1): held plates, case numbers and reasons
 * are not left in clear on disk. The shared API of the portal's and the garage's journals: each
 * service gives its {@link DecisionJournal} one, made from its own key ring with {@link
 * #with(PlateCipher, String)}.
 */
public interface LineSealer {

  /** Seals a line's fields (their journal text, {@code k=v&k=v}). */
  byte[] seal(String fields);

  /** Opens what {@link #seal} made; a failure names why (wrong key, tampered, other journal). */
  String open(byte[] sealed);

  /**
   * Whether a sealed line is under the current data key (else the journal's re-seal rewrites it).
   */
  boolean current(byte[] sealed);

  /**
   * Lines sealed with a service's plate cipher (AES-256-GCM, key rotation through its key ring);
   * {@code context} names the journal (e.g. {@code "portal.decision_journal"}), so a line copied
   * from another journal does not open.
   */
  static LineSealer with(PlateCipher cipher, String context) {
    Objects.requireNonNull(cipher, "cipher");
    Objects.requireNonNull(context, "context");
    return new LineSealer() {
      @Override
      public byte[] seal(String fields) {
        return cipher.seal(fields, context);
      }

      @Override
      public String open(byte[] sealed) {
        return cipher.open(sealed, context);
      }

      @Override
      public boolean current(byte[] sealed) {
        return !cipher.needsRekey(sealed);
      }
    };
  }
}
