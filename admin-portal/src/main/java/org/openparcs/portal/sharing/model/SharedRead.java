package org.openparcs.portal.sharing.model;

import java.time.Instant;
import java.util.UUID;
import org.openparcs.portal.garage.model.GarageId;

/** One read released to an agency (an export, kept for the profile's export period). */
public record SharedRead(
    UUID readId, GarageId garage, String lane, String camera, String plate, Instant readAt) {}
