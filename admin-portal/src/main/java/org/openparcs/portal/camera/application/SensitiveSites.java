package org.openparcs.portal.camera.application;

import java.time.Instant;
import java.util.List;
import org.openparcs.portal.camera.model.GeoPoint;
import org.openparcs.portal.camera.model.SensitiveSite;
import org.openparcs.portal.camera.model.SiteKind;

/** The sensitive sites the coordinator maintains (POLICY U4). */
public interface SensitiveSites {

  long add(String name, SiteKind kind, GeoPoint entrance, String by, Instant at);

  List<SensitiveSite> all();
}
