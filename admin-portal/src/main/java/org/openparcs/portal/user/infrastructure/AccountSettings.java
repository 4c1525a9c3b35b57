package org.openparcs.portal.user.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.openparcs.portal.user.model.AccountRules;

/**
 * Password and account rules (POLICY A1-A3, {@code parcs.portal.accounts.*}).
 *
 * @param passwordMinLength shortest password accepted
 * @param passwordMinClasses how many of lower, upper, digits and others a password mixes
 * @param passwordMaxAge a password older than this is changed at the next log-on
 * @param maxFailedLogins consecutive failed log-on steps that lock the account
 * @param lockout how long a lock lasts
 * @param inactiveAfter an account unused this long is deactivated
 * @param pendingLoginTimeout how long the second step of a log-on may wait after the password
 * @param totpIssuer the name authenticator apps show for the portal's codes
 * @param consoleShift how long a garage console log-on lasts (the operator assertion's lifetime)
 */
@ConfigurationProperties("parcs.portal.accounts")
public record AccountSettings(
    @Bindable(defaultValue = "12") @Min(8) @Max(128) int passwordMinLength,
    @Bindable(defaultValue = "3") @Min(1) @Max(4) int passwordMinClasses,
    @Bindable(defaultValue = "90d") @NotNull Duration passwordMaxAge,
    @Bindable(defaultValue = "5") @Min(1) @Max(100) int maxFailedLogins,
    @Bindable(defaultValue = "15m") @NotNull Duration lockout,
    @Bindable(defaultValue = "90d") @NotNull Duration inactiveAfter,
    @Bindable(defaultValue = "5m") @NotNull Duration pendingLoginTimeout,
    @Bindable(defaultValue = "PARCS portal") @NotBlank String totpIssuer,
    @Bindable(defaultValue = "8h") @NotNull Duration consoleShift) {

  public AccountRules rules() {
    return new AccountRules(
        passwordMinLength,
        passwordMinClasses,
        passwordMaxAge,
        maxFailedLogins,
        lockout,
        inactiveAfter);
  }
}
