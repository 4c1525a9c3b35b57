package org.openparcs.portal.plate.model;

import java.time.Instant;

/**
 * A request to see ALPR data, as typed: every field may be missing or malformed, and {@link
 * AlprAccessPolicy} says whether it may run.
 *
 * @param plate the plate searched (letters and digits; a trailing {@code *} searches a prefix)
 * @param garage a garage id to search in; null or blank: every garage the user sees
 * @param from reads at or after this instant; null: no lower bound
 * @param to reads before this instant; null: no upper bound
 * @param purpose the id of the purpose chosen
 * @param caseNumber the case number (law-enforcement purposes)
 * @param crimeType the crime type (law-enforcement purposes)
 */
public record PlateQuery(
    String plate,
    String garage,
    Instant from,
    Instant to,
    String purpose,
    String caseNumber,
    String crimeType) {}
