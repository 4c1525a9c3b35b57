package org.openparcs.portal.camera.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A camera registration as typed: its garage and id, name, position, the description of its view
 * and the registrant's statement that it sees public view only (POLICY U5).
 */
public record CameraForm(
    String garageId,
    String cameraId,
    String name,
    String latitude,
    String longitude,
    String view,
    boolean publicViewOnly) {

  /** Form problems (nothing to do with placement); empty when complete. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (garageId == null || !garageId.strip().matches("[A-Za-z0-9_-]{1,64}")) {
      problems.add("choose the camera's garage");
    }
    if (cameraId == null || cameraId.isBlank() || cameraId.strip().length() > 64) {
      problems.add("give the camera's id as its reads name it (at most 64 characters)");
    }
    if (name == null || name.isBlank() || name.strip().length() > 200) {
      problems.add("name the camera (at most 200 characters)");
    }
    if (position() == null) {
      problems.add("give the camera's latitude and longitude in degrees");
    }
    if (view == null || view.isBlank() || view.strip().length() > 1000) {
      problems.add("describe what the camera sees (at most 1000 characters, POLICY U5)");
    }
    return problems;
  }

  public GeoPoint position() {
    return latitude == null || longitude == null ? null : GeoPoint.parse(latitude, longitude);
  }
}
