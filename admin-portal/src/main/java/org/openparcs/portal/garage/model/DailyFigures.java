package org.openparcs.portal.garage.model;

import java.time.LocalDate;

/**
 * One day of a garage, from the events received (UTC days).
 *
 * @param day the day
 * @param reads plate reads
 * @param occupancy vehicles inside at the end of the day (sessions opened minus closed, ever)
 * @param revenueMinor payments received, in minor units of {@code currency}
 * @param currency ISO 4217 code of the payments; null when there were none
 */
public record DailyFigures(
    LocalDate day, long reads, long occupancy, long revenueMinor, String currency) {}
