package org.openparcs.portal.user.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.access.web.CurrentActor;
import org.openparcs.portal.access.web.Pages;
import org.openparcs.portal.common.web.CsrfCookie;
import org.openparcs.portal.common.web.Forms;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.user.application.ChangeUserAccess;
import org.openparcs.portal.user.application.CreateUser;
import org.openparcs.portal.user.application.ListUsers;
import org.openparcs.portal.user.application.RecordTraining;
import org.openparcs.portal.user.application.ResetSecondFactor;
import org.openparcs.portal.user.application.TrainingRecords;
import org.openparcs.portal.user.model.Role;

/** Users, roles, garage scopes and training records: the coordinator's page (POLICY A4, A5). */
@Controller("/users")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class UsersController {

  private final ListUsers list;
  private final CreateUser create;
  private final ChangeUserAccess change;
  private final RecordTraining training;
  private final ResetSecondFactor resetMfa;
  private final CurrentActor actors;
  private final Pages pages;
  private final CsrfCookie csrf;

  UsersController(
      ListUsers list,
      CreateUser create,
      ChangeUserAccess change,
      RecordTraining training,
      ResetSecondFactor resetMfa,
      CurrentActor actors,
      Pages pages,
      CsrfCookie csrf) {
    this.list = list;
    this.create = create;
    this.change = change;
    this.training = training;
    this.resetMfa = resetMfa;
    this.actors = actors;
    this.pages = pages;
    this.csrf = csrf;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> users(HttpRequest<?> request, Authentication authentication) {
    return render(request, actors.of(request, authentication), List.of(), HttpStatus.OK);
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
  HttpResponse<?> createUser(
      HttpRequest<?> request, Authentication authentication, @Body Map<String, List<String>> form) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.MANAGE_USERS);
    if (!csrf.isGenuine(request, first(form, "csrfToken"))) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    List<String> problems =
        create.create(
            actor,
            new CreateUser.Command(
                first(form, "username"),
                first(form, "displayName"),
                first(form, "department"),
                first(form, "password"),
                roles(form)));
    if (!problems.isEmpty()) {
      return render(request, actor, problems, HttpStatus.BAD_REQUEST);
    }
    return HttpResponse.seeOther(URI.create("/users"));
  }

  @Post(uri = "/{id}/access", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> access(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable long id,
      @Body Map<String, List<String>> form) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.MANAGE_USERS);
    if (!csrf.isGenuine(request, first(form, "csrfToken"))) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    Set<GarageId> garages =
        Arrays.stream(nullToEmpty(first(form, "garages")).split("[,\\s]+"))
            .filter(GarageId::isValid)
            .map(GarageId::new)
            .collect(Collectors.toSet());
    boolean changed =
        change.change(
            actor,
            new ChangeUserAccess.Command(
                id, roles(form), garages, "on".equals(first(form, "enabled"))));
    return changed
        ? HttpResponse.seeOther(URI.create("/users"))
        : render(
            request,
            actor,
            List.of("no such user, or a change that would lock you out"),
            HttpStatus.BAD_REQUEST);
  }

  @Post(uri = "/{id}/training", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> recordTraining(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable long id,
      @Nullable String completedOn,
      @Nullable String course,
      @Nullable String csrfToken) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.MANAGE_USERS);
    if (!csrf.isGenuine(request, csrfToken)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    String problem = training.record(actor, id, Forms.date(completedOn), course);
    return problem.isEmpty()
        ? HttpResponse.seeOther(URI.create("/users"))
        : render(request, actor, List.of(problem), HttpStatus.BAD_REQUEST);
  }

  @Post(uri = "/{id}/reset-mfa", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> resetSecondFactor(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable long id,
      @Nullable String csrfToken) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.MANAGE_USERS);
    if (!csrf.isGenuine(request, csrfToken)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    return resetMfa.reset(actor, id)
        ? HttpResponse.seeOther(URI.create("/users"))
        : render(request, actor, List.of("no such user"), HttpStatus.NOT_FOUND);
  }

  private HttpResponse<?> render(
      HttpRequest<?> request, Actor actor, List<String> problems, HttpStatus status) {
    List<Map<String, Object>> rows = list.list(actor).stream().map(UsersController::row).toList();
    Map<String, Object> model = new HashMap<>();
    model.put("users", rows);
    model.put("problems", problems);
    model.put("roles", Arrays.stream(Role.values()).map(Enum::name).toList());
    return pages.render(request, actor, "users", model).status(status);
  }

  private static Map<String, Object> row(ListUsers.Row r) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", r.user().id());
    row.put("username", r.user().username().value());
    row.put("displayName", r.user().displayName());
    row.put("department", r.user().department() == null ? "" : r.user().department());
    row.put("enabled", r.user().enabled());
    row.put("mfa", r.user().hasConfirmedSecondFactor());
    row.put("roles", r.user().roles().stream().map(Enum::name).collect(Collectors.toSet()));
    row.put(
        "garages",
        r.garages().stream().map(GarageId::value).sorted().collect(Collectors.joining(", ")));
    row.put(
        "training",
        r.training().stream()
            .map(
                t ->
                    (t.kind() == TrainingRecords.Kind.TRAINING ? "trained " : "acknowledged ")
                        + t.completedOn()
                        + " ("
                        + t.detail()
                        + ", recorded by "
                        + t.recordedBy()
                        + ")")
            .toList());
    return row;
  }

  private static Set<Role> roles(Map<String, List<String>> form) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String r : form.getOrDefault("roles", List.of())) {
      Arrays.stream(Role.values()).filter(x -> x.name().equals(r)).forEach(roles::add);
    }
    return roles;
  }

  private static String first(Map<String, List<String>> form, String key) {
    List<String> values = form.get(key);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
