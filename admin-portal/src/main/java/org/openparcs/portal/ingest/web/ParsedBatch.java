package org.openparcs.portal.ingest.web;

import org.openparcs.portal.ingest.model.EventBatch;

/** A request body read as an event batch, or why it is not one. */
sealed interface ParsedBatch {

  record Valid(EventBatch batch) implements ParsedBatch {}

  record Invalid(String message) implements ParsedBatch {}
}
