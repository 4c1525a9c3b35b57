package org.openparcs.portal.camera.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.access.web.CurrentActor;
import org.openparcs.portal.access.web.Pages;
import org.openparcs.portal.camera.application.ListCameras;
import org.openparcs.portal.camera.application.ManageSensitiveSites;
import org.openparcs.portal.camera.application.RegisterCamera;
import org.openparcs.portal.camera.infrastructure.CameraSettings;
import org.openparcs.portal.camera.model.CameraForm;
import org.openparcs.portal.camera.model.SiteKind;
import org.openparcs.portal.common.web.CsrfCookie;

/** The camera registry and the sensitive sites (POLICY U4, U5): the coordinator's page. */
@Controller("/cameras")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CameraController {

  private final ListCameras list;
  private final RegisterCamera register;
  private final ManageSensitiveSites sites;
  private final CameraSettings settings;
  private final CurrentActor actors;
  private final Pages pages;
  private final CsrfCookie csrf;

  CameraController(
      ListCameras list,
      RegisterCamera register,
      ManageSensitiveSites sites,
      CameraSettings settings,
      CurrentActor actors,
      Pages pages,
      CsrfCookie csrf) {
    this.list = list;
    this.register = register;
    this.sites = sites;
    this.settings = settings;
    this.actors = actors;
    this.pages = pages;
    this.csrf = csrf;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> show(HttpRequest<?> request, Authentication authentication) {
    return render(request, actors.of(request, authentication), List.of(), HttpStatus.OK);
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> camera(
      HttpRequest<?> request,
      Authentication authentication,
      @Nullable String garageId,
      @Nullable String cameraId,
      @Nullable String name,
      @Nullable String latitude,
      @Nullable String longitude,
      @Nullable String view,
      @Nullable String publicView,
      @Nullable String csrfToken) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.MANAGE_CAMERAS);
    if (!csrf.isGenuine(request, csrfToken)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    CameraForm form =
        new CameraForm(
            garageId, cameraId, name, latitude, longitude, view, "on".equals(publicView));
    return done(request, actor, register.register(actor, form));
  }

  @Post(uri = "/sites", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> site(
      HttpRequest<?> request,
      Authentication authentication,
      @Nullable String name,
      @Nullable String kind,
      @Nullable String latitude,
      @Nullable String longitude,
      @Nullable String csrfToken) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.MANAGE_CAMERAS);
    if (!csrf.isGenuine(request, csrfToken)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    return done(request, actor, sites.add(actor, name, kind, latitude, longitude));
  }

  private HttpResponse<?> done(HttpRequest<?> request, Actor actor, List<String> problems) {
    return problems.isEmpty()
        ? HttpResponse.seeOther(URI.create("/cameras"))
        : render(request, actor, problems, HttpStatus.BAD_REQUEST);
  }

  private HttpResponse<?> render(
      HttpRequest<?> request, Actor actor, List<String> problems, HttpStatus status) {
    ListCameras.View view = list.list(actor);
    Map<String, Object> model = new HashMap<>();
    model.put("problems", problems);
    model.put("distance", settings.sensitiveSiteMetres());
    model.put("kinds", Arrays.stream(SiteKind.values()).map(Enum::name).toList());
    model.put(
        "cameras",
        view.cameras().stream()
            .map(
                c ->
                    Map.of(
                        "id",
                        c.garageId() + "/" + c.cameraId(),
                        "name",
                        c.name(),
                        "position",
                        c.position().latitude() + ", " + c.position().longitude(),
                        "view",
                        c.view()))
            .toList());
    model.put(
        "sites",
        view.sites().stream()
            .map(
                s ->
                    Map.of(
                        "name", s.name(),
                        "kind", s.kind().label(),
                        "position", s.entrance().latitude() + ", " + s.entrance().longitude()))
            .toList());
    return pages.render(request, actor, "cameras", model).status(status);
  }
}
