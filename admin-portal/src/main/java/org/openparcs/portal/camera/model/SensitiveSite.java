package org.openparcs.portal.camera.model;

/** A sensitive site the coordinator registered, by the position of its vehicle entrance. */
public record SensitiveSite(long id, String name, SiteKind kind, GeoPoint entrance) {}
