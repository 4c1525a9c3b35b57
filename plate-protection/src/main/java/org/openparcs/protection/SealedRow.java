package org.openparcs.protection;

/**
 * One row of a sealed column as the re-key sees it: its id (batches are ordered by it), the sealed
 * value and, for a searched column, its lookup hash ({@code null} otherwise).
 */
public record SealedRow(long id, byte[] sealed, byte[] hash) {}
