package org.openparcs.portal.hotlist.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.access.web.Pages;
import org.openparcs.portal.hotlist.application.ListHotLists;
import org.openparcs.portal.hotlist.model.HotListEntry;

/** Renders the hot lists page. */
@Singleton
class HotListPage {

  private final ListHotLists list;
  private final Pages pages;

  HotListPage(ListHotLists list, Pages pages) {
    this.list = list;
    this.pages = pages;
  }

  HttpResponse<?> render(
      HttpRequest<?> request, Actor actor, List<String> problems, HttpStatus status) {
    Map<String, Object> model = new HashMap<>();
    model.put("problems", problems);
    model.put("supervisor", actor.may(Permission.SUPERVISE_HOT_LISTS));
    model.put(
        "lists",
        list.list(actor).stream()
            .map(
                v -> {
                  Map<String, Object> m = new HashMap<>();
                  m.put("id", v.list().id());
                  m.put("name", v.list().name());
                  m.put("kind", v.list().kind().name());
                  m.put("external", v.list().external());
                  m.put(
                      "source",
                      v.list().external()
                          ? v.list().source()
                              + ", refreshed "
                              + (v.list().refreshedAt() == null ? "never" : v.list().refreshedAt())
                          : "internal");
                  m.put("matching", v.matching());
                  m.put("entries", v.entries().stream().map(e -> entry(e, actor)).toList());
                  return m;
                })
            .toList());
    return pages.render(request, actor, "hotlists", model).status(status);
  }

  private static Map<String, Object> entry(HotListEntry e, Actor actor) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", e.id());
    m.put("plate", e.form().plate());
    m.put(
        "enteredBy",
        e.form().name()
            + " #"
            + e.form().badge()
            + ", "
            + e.form().unit()
            + " ("
            + e.enteredByUser()
            + ")");
    m.put("cases", e.form().caseNumbers());
    m.put("synopsis", e.form().synopsis());
    m.put("approved", e.approved() ? "approved by " + e.approvedBy() : "awaiting approval");
    m.put("approvable", e.approvableBy(actor.username()));
    return m;
  }
}
