package org.openparcs.portal.plate.model;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openparcs.policy.model.ProhibitedUse;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;

/**
 * The rules every access to ALPR data passes before anything is looked up: a role that may see
 * plates (POLICY A5), current training and acknowledgement (A4), a purpose from the configured list
 * that the user's roles may use (U1), a case number and crime type for law enforcement (T1), and no
 * prohibited use named in the purpose or crime type (U2); a prefix search is bounded in time (K1).
 */
public final class AlprAccessPolicy {

  /** The widest period a prefix search may cover (POLICY K1: it opens every read in it). */
  public static final int PREFIX_MAX_DAYS = 31;

  private static final Pattern PLATE = Pattern.compile("[A-Z0-9]{1,10}");
  private static final Pattern CASE_TEXT = Pattern.compile("[\\p{L}\\p{N} ./#:_-]{1,64}");

  private final List<Purpose> purposes;
  private final List<ProhibitedUse> prohibited;

  /**
   * @param purposes the authorized purposes (POLICY U1)
   * @param prohibited the uses no search may serve (POLICY U2): a purpose or crime type that names
   *     one is refused
   */
  public AlprAccessPolicy(List<Purpose> purposes, List<ProhibitedUse> prohibited) {
    this.purposes = List.copyOf(purposes);
    this.prohibited = List.copyOf(prohibited);
  }

  /** The purposes this user may choose from. */
  public List<Purpose> purposesFor(Actor actor) {
    return purposes.stream().filter(p -> p.allowedFor(actor.roles())).toList();
  }

  public AlprRuling rule(Actor actor, PlateQuery query, boolean plateRequired) {
    if (!actor.may(Permission.SEARCH_PLATES)) {
      return new AlprRuling.Refused("your roles do not include access to plate data");
    }
    if (!actor.training().current()) {
      return new AlprRuling.Refused(
          "your ALPR training or signed acknowledgement is missing or lapsed: renew it to see"
              + " plate data (POLICY A4)");
    }
    Optional<Purpose> purpose =
        purposesFor(actor).stream().filter(p -> p.id().equals(query.purpose())).findFirst();
    if (purpose.isEmpty()) {
      return new AlprRuling.Refused(
          "choose a purpose from the list: a search without an authorized purpose is refused");
    }
    if (purpose.get().lawEnforcement()
        && !(valid(query.caseNumber()) && valid(query.crimeType()))) {
      return new AlprRuling.Refused(
          "a law-enforcement purpose needs a case number and a crime type");
    }
    Optional<ProhibitedUse> banned =
        prohibited.stream()
            .filter(
                u ->
                    u.coversText(query.crimeType())
                        || u.coversText(query.caseNumber())
                        || u.coversText(purpose.get().label()))
            .findFirst();
    if (banned.isPresent()) {
      return new AlprRuling.Refused(
          "refused: this search serves " + banned.get().label() + " (POLICY U2)");
    }
    String raw = query.plate() == null ? "" : query.plate().strip().toUpperCase(Locale.ROOT);
    boolean prefix = raw.endsWith("*");
    String plate = (prefix ? raw.substring(0, raw.length() - 1) : raw).replaceAll("[\\s-]", "");
    if (plateRequired && !PLATE.matcher(plate).matches()) {
      return new AlprRuling.Refused(
          "a plate is 1 to 10 letters and digits, optionally ending with * to search a prefix");
    }
    if (prefix && !boundedForPrefix(query)) {
      return new AlprRuling.Refused(
          "a prefix search needs a from and a to date at most "
              + PREFIX_MAX_DAYS
              + " days apart (POLICY K1: plates are sealed, so a prefix is matched by opening"
              + " the reads of that period)");
    }
    return new AlprRuling.Allowed(purpose.get(), plate, prefix);
  }

  private static boolean boundedForPrefix(PlateQuery q) {
    return q.from() != null
        && q.to() != null
        && q.from().isBefore(q.to())
        && !q.to().isAfter(q.from().plus(Duration.ofDays(PREFIX_MAX_DAYS)));
  }

  private static boolean valid(String text) {
    return text != null && CASE_TEXT.matcher(text.strip()).matches();
  }
}
