package org.openparcs.portal.user.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.web.CsrfCookie;
import org.openparcs.portal.user.application.ChangePassword;
import org.openparcs.portal.user.application.ConfirmEnrolment;
import org.openparcs.portal.user.application.PortalUsers;
import org.openparcs.portal.user.application.ProveSecondFactor;
import org.openparcs.portal.user.application.SecondFactor;
import org.openparcs.portal.user.application.StartEnrolment;
import org.openparcs.portal.user.model.LoginOutcome;
import org.openparcs.portal.user.model.PendingLogin;
import org.openparcs.portal.user.model.PendingLogin.Stage;
import org.openparcs.portal.user.model.PortalUser;

/**
 * The steps after the password (POLICY A1, A3): a TOTP or recovery code, or enrolment by QR code
 * for a user without a second factor, then a password change when the password is temporary or too
 * old. Each step is reached only from the one before it, in the same browser, within minutes.
 */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SecondFactorController {

  private static final URI FAILED = URI.create("/login?failed");

  private final PendingLoginSession pending;
  private final ProveSecondFactor prove;
  private final StartEnrolment startEnrolment;
  private final ConfirmEnrolment confirmEnrolment;
  private final ChangePassword changePassword;
  private final SecondFactor totp;
  private final PortalUsers users;
  private final UnitOfWork unitOfWork;
  private final CsrfCookie csrf;
  private final HttpClientAddressResolver addresses;

  SecondFactorController(
      PendingLoginSession pending,
      ProveSecondFactor prove,
      StartEnrolment startEnrolment,
      ConfirmEnrolment confirmEnrolment,
      ChangePassword changePassword,
      SecondFactor totp,
      PortalUsers users,
      UnitOfWork unitOfWork,
      CsrfCookie csrf,
      HttpClientAddressResolver addresses) {
    this.pending = pending;
    this.prove = prove;
    this.startEnrolment = startEnrolment;
    this.confirmEnrolment = confirmEnrolment;
    this.changePassword = changePassword;
    this.totp = totp;
    this.users = users;
    this.unitOfWork = unitOfWork;
    this.csrf = csrf;
    this.addresses = addresses;
  }

  @Get(uri = "/mfa", produces = MediaType.TEXT_HTML)
  HttpResponse<?> codeForm(HttpRequest<?> request) {
    if (pending.find(request, Stage.SECOND_FACTOR).isEmpty()) {
      return HttpResponse.seeOther(URI.create("/login"));
    }
    return page(request, "login-mfa", Map.of());
  }

  @Post(uri = "/mfa", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  MutableHttpResponse<?> code(
      HttpRequest<?> request, @Nullable String code, @Nullable String csrfToken) {
    Optional<PendingLogin> step = pending.find(request, Stage.SECOND_FACTOR);
    if (step.isEmpty() || !csrf.isGenuine(request, csrfToken)) {
      pending.clear(request);
      return HttpResponse.seeOther(FAILED);
    }
    LoginOutcome outcome = prove.prove(step.get().userId(), code, addresses.resolve(request));
    return afterSecondFactor(request, outcome);
  }

  private MutableHttpResponse<?> afterSecondFactor(HttpRequest<?> request, LoginOutcome outcome) {
    if (!(outcome instanceof LoginOutcome.LoggedIn in)) {
      pending.clear(request);
      return HttpResponse.seeOther(FAILED);
    }
    if (in.passwordChangeRequired()) {
      pending.start(request, in.user().id(), Stage.PASSWORD_CHANGE);
      return HttpResponse.seeOther(URI.create("/login/password"));
    }
    return pending.complete(request, in.user());
  }

  @Get(uri = "/enrol", produces = MediaType.TEXT_HTML)
  HttpResponse<?> enrolForm(HttpRequest<?> request) {
    Optional<PendingLogin> step = pending.find(request, Stage.ENROLMENT);
    if (step.isEmpty()) {
      return HttpResponse.seeOther(URI.create("/login"));
    }
    StartEnrolment.Enrolment e = startEnrolment.start(step.get().userId());
    return page(request, "login-enrol", Map.of("secret", e.secret(), "account", e.account()));
  }

  @Get(uri = "/enrol/qr.png", produces = "image/png")
  HttpResponse<?> qrCode(HttpRequest<?> request) {
    Optional<PendingLogin> step = pending.find(request, Stage.ENROLMENT);
    if (step.isEmpty()) {
      return HttpResponse.notFound();
    }
    StartEnrolment.Enrolment e = startEnrolment.start(step.get().userId());
    return HttpResponse.ok(totp.qrPng(e.account(), e.secret()))
        .contentType("image/png")
        .header("Cache-Control", "no-store");
  }

  @Post(uri = "/enrol", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  MutableHttpResponse<?> enrol(
      HttpRequest<?> request, @Nullable String code, @Nullable String csrfToken) {
    Optional<PendingLogin> step = pending.find(request, Stage.ENROLMENT);
    if (step.isEmpty() || !csrf.isGenuine(request, csrfToken)) {
      pending.clear(request);
      return HttpResponse.seeOther(FAILED);
    }
    ConfirmEnrolment.Result result =
        confirmEnrolment.confirm(step.get().userId(), code, addresses.resolve(request));
    if (!(result.outcome() instanceof LoginOutcome.LoggedIn in)) {
      return HttpResponse.seeOther(URI.create("/login/enrol?wrong"));
    }
    String next = "/";
    if (in.passwordChangeRequired()) {
      pending.start(request, in.user().id(), Stage.PASSWORD_CHANGE);
      next = "/login/password";
    } else {
      pending.complete(request, in.user());
    }
    String token = csrf.token(request);
    MutableHttpResponse<?> page =
        HttpResponse.ok(
            new ModelAndView<>(
                "recovery-codes",
                Map.of("codes", result.recoveryCodes(), "next", next, "csrfToken", token)));
    return csrf.attach(request, page, token);
  }

  @Get(uri = "/password", produces = MediaType.TEXT_HTML)
  HttpResponse<?> passwordForm(HttpRequest<?> request) {
    if (pending.find(request, Stage.PASSWORD_CHANGE).isEmpty()) {
      return HttpResponse.seeOther(URI.create("/login"));
    }
    return page(request, "login-password", Map.of("problems", List.of()));
  }

  @Post(uri = "/password", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  MutableHttpResponse<?> password(
      HttpRequest<?> request,
      @Nullable String current,
      @Nullable String proposed,
      @Nullable String csrfToken) {
    Optional<PendingLogin> step = pending.find(request, Stage.PASSWORD_CHANGE);
    if (step.isEmpty() || !csrf.isGenuine(request, csrfToken)) {
      pending.clear(request);
      return HttpResponse.seeOther(FAILED);
    }
    long userId = step.get().userId();
    List<String> problems =
        changePassword.change(userId, current, proposed, addresses.resolve(request));
    if (!problems.isEmpty()) {
      return page(request, "login-password", Map.of("problems", problems));
    }
    PortalUser user = unitOfWork.reading(() -> users.findById(userId)).orElseThrow();
    return pending.complete(request, user);
  }

  private MutableHttpResponse<?> page(HttpRequest<?> request, String view, Map<String, ?> model) {
    String token = csrf.token(request);
    java.util.Map<String, Object> all = new java.util.HashMap<>(model);
    all.put("csrfToken", token);
    all.put("wrong", request.getParameters().contains("wrong"));
    return csrf.attach(request, HttpResponse.ok(new ModelAndView<>(view, all)), token);
  }
}
