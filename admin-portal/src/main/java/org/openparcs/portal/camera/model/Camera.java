package org.openparcs.portal.camera.model;

import java.time.Instant;

/**
 * A registered ALPR camera (POLICY U5): where it is and what it sees, public view only.
 *
 * @param id its number
 * @param garageId the garage it belongs to
 * @param cameraId its id in the garage's reads
 * @param name what people call it
 * @param position where it stands
 * @param view what it sees
 * @param registeredBy who registered it
 * @param registeredAt when
 */
public record Camera(
    long id,
    String garageId,
    String cameraId,
    String name,
    GeoPoint position,
    String view,
    String registeredBy,
    Instant registeredAt) {}
