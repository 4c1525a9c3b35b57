package org.openparcs.portal.user.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A garage operator created at start for demos and automated set-ups ({@code
 * parcs.portal.demo-operator.*}), with a provisioned TOTP secret and training recorded as demo
 * set-up. Leave unset on a real portal.
 *
 * @param username login name; nothing is created when absent
 * @param password following the password rules
 * @param totpSecret Base32 TOTP secret
 * @param garage the garage id the operator works at
 */
@ConfigurationProperties("parcs.portal.demo-operator")
public record DemoOperatorSettings(
    @Nullable String username,
    @Nullable @Size(min = 8, max = 200) String password,
    @Nullable @Pattern(regexp = "[A-Z2-7]{16,64}") String totpSecret,
    @Nullable String garage) {

  @Override
  public String toString() {
    return "DemoOperatorSettings[username=" + username + ", garage=" + garage + "]";
  }
}
