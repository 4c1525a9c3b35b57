package org.openparcs.portal.access.model;

import java.time.LocalDate;

/**
 * Where a user stands with ALPR training and the signed acknowledgement (POLICY A4).
 *
 * @param trainedOn the last completed training; null when none
 * @param acknowledgedOn the last signed acknowledgement; null when none
 * @param validUntil the last day both are valid; null when one is missing, or when they never lapse
 * @param current whether both are recorded and neither lapsed: only then may the user see ALPR data
 */
public record TrainingStatus(
    LocalDate trainedOn, LocalDate acknowledgedOn, LocalDate validUntil, boolean current) {}
