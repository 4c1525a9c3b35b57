package org.openparcs.portal.common.web;

import io.micronaut.serde.annotation.Serdeable;

/** The JSON body of every error the portal's API answers: one sentence for a person. */
@Serdeable
public record ApiError(String message) {}
