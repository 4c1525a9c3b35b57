package org.openparcs.portal.ingest.web;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The answer to an accepted batch.
 *
 * @param accepted events stored now
 * @param duplicates events of the batch stored before (redelivered)
 * @param lastSeq the highest seq the portal holds for the garage
 */
@Serdeable
record IngestAnswer(int accepted, int duplicates, long lastSeq) {}
