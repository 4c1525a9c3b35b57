package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What garages report beside their events, over real HTTP: the backlog waiting in their outbox and
 * their lanes' live status from gate events, shown per garage on the garages page and API.
 */
@MicronautTest(transactional = false)
class GarageReportingIT {

  private static final String G1 = "/api/garages/G1/events";
  private static final String TOKEN = "test-token-garage-one-0001";

  @Inject EmbeddedServer server;
  @Inject TestClock clock;

  @Test
  void showsTheReportedBacklogAndLaneStatusFromGateEventsKeepingTheNewest() {
    PortalHttp garage = new PortalHttp(server.getURI());
    HttpResponse<String> first =
        garage.postJson(
            G1,
            TOKEN,
            Batches.of(
                Batches.event(
                    "lanes", 5, "gate_event", "{\"lane\":\"entry-1\",\"type\":\"ARM_UP\"}"),
                Batches.event(
                    "lanes",
                    6,
                    "gate_event",
                    "{\"lane\":\"exit-1\",\"type\":\"DEVICE_FAULT\",\"detail\":\"no answer\"}")),
            Map.of("Parcs-Outbox-Backlog", "42"));
    // An older event of entry-1 arrives later (a retry): the newer state stays.
    HttpResponse<String> late =
        garage.postJson(
            G1,
            TOKEN,
            Batches.of(
                Batches.event(
                    "lanes", 2, "gate_event", "{\"lane\":\"entry-1\",\"type\":\"DEVICE_FAULT\"}")),
            Map.of("Parcs-Outbox-Backlog", "not-a-number"));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(late.statusCode()).as("a bad backlog header loses no event").isEqualTo(200);

    PortalHttp coordinator = new PortalHttp(server.getURI());
    coordinator.logInAsCoordinator(clock);
    String page = coordinator.get("/", "text/html").body();
    String g1 = page.substring(page.indexOf("data-garage-id=\"G1\""));

    assertThat(g1).contains("class=\"backlog\">42<");
    assertThat(g1)
        .containsPattern(
            "data-lane=\"entry-1\">\\s*<td>entry-1</td>\\s*<td class=\"lane-status ok\">in service");
    assertThat(g1)
        .containsPattern(
            "data-lane=\"exit-1\">\\s*<td>exit-1</td>\\s*<td class=\"lane-status fault\">OUT OF SERVICE");
    assertThat(g1)
        .contains("<svg", "Occupancy at end of day", "Revenue per day", "Plate reads per day");
    String api = coordinator.get("/api/garages", "application/json").body();
    assertThat(api).contains("\"reportedBacklog\":42", "\"lane\":\"exit-1\",\"inService\":false");
  }
}
