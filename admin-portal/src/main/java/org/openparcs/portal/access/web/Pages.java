package org.openparcs.portal.access.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.common.web.CsrfCookie;

/**
 * Renders the logged-in pages: each gets the menu of what the user's roles allow and the CSRF token
 * of its forms. The menu is a convenience only; every controller checks the permission itself.
 */
@Singleton
public class Pages {

  private final CsrfCookie csrf;

  Pages(CsrfCookie csrf) {
    this.csrf = csrf;
  }

  public MutableHttpResponse<?> render(
      HttpRequest<?> request, Actor actor, String view, Map<String, ?> model) {
    String token = csrf.token(request);
    Map<String, Object> all = new HashMap<>(model);
    all.put("csrfToken", token);
    all.put("nav", nav(actor));
    return csrf.attach(request, HttpResponse.ok(new ModelAndView<>(view, all)), token);
  }

  private static Map<String, Object> nav(Actor actor) {
    Map<String, Object> nav = new HashMap<>();
    nav.put("username", actor.username());
    nav.put("garages", actor.may(Permission.VIEW_GARAGES));
    nav.put("revenue", actor.may(Permission.VIEW_REVENUE));
    nav.put("search", actor.may(Permission.SEARCH_PLATES));
    nav.put("audit", actor.may(Permission.READ_AUDIT_TRAIL));
    nav.put("logons", actor.may(Permission.REVIEW_LOGONS));
    nav.put("users", actor.may(Permission.MANAGE_USERS));
    nav.put("retention", actor.may(Permission.MANAGE_RETENTION));
    nav.put("sharing", actor.may(Permission.MANAGE_SHARING));
    nav.put("hotlists", actor.may(Permission.ENTER_HOT_LIST));
    nav.put("hits", actor.may(Permission.HANDLE_HITS));
    nav.put("cameras", actor.may(Permission.MANAGE_CAMERAS));
    nav.put("reports", actor.may(Permission.DRAFT_BREACH_NOTICE));
    return nav;
  }
}
