package org.openparcs.portal.report.model;

import java.util.List;
import java.util.Map;

/**
 * The public transparency page's figures (POLICY K5): aggregates only, never a plate, a read or a
 * user.
 *
 * @param profile the jurisdiction profile's name and version
 * @param cameras registered cameras per garage (count)
 * @param retention each data class's period, as text
 * @param purposes the labels of the authorized purposes
 * @param prohibited the prohibited uses
 * @param sharingRule the profile's sharing rule
 * @param agencies agencies with standing access or that received data in the last 12 months, with
 *     the number of requests released to each
 * @param searches ALPR accesses in the last 12 months, by kind
 */
public record Transparency(
    String profile,
    Map<String, Long> cameras,
    Map<String, String> retention,
    List<String> purposes,
    List<String> prohibited,
    String sharingRule,
    Map<String, Long> agencies,
    Map<String, Long> searches) {}
