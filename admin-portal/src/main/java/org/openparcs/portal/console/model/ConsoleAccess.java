package org.openparcs.portal.console.model;

/**
 * Whether a portal user may work at a garage's console from the portal (POLICY A4, A5, A6).
 *
 * <ul>
 *   <li>{@link #ALLOWED}: a garage operator whose scopes name this garage, with current training;
 *   <li>{@link #NOT_FOUND}: the garage is not in the user's scopes, or does not exist: the same
 *       answer either way (A6);
 *   <li>{@link #NOT_AN_OPERATOR}: the user's roles do not include garage operator (A5);
 *   <li>{@link #TRAINING_LAPSED}: training or acknowledgement missing or out of date (A4);
 *   <li>{@link #NO_CONSOLE}: the garage's console address is not configured at this portal;
 *   <li>{@link #NO_PURPOSE}: no purpose of the profile lets the user look at lane data (U1).
 * </ul>
 */
public enum ConsoleAccess {
  ALLOWED,
  NOT_FOUND,
  NOT_AN_OPERATOR,
  TRAINING_LAPSED,
  NO_CONSOLE,
  NO_PURPOSE
}
