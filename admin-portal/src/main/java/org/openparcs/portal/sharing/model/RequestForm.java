package org.openparcs.portal.sharing.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A request for ALPR data as the Sacramento request form asks it (POLICY S2): who asks (agency,
 * requester and contact), why (reason, crime type, case number) and what (plates and dates).
 *
 * @param agencyId the agency asking
 * @param requesterName the person asking
 * @param requesterContact their phone or e-mail
 * @param onBehalfOf another agency it asks for, if any (then refused: no onward sharing)
 * @param reason the reason for the request
 * @param crimeType the crime type
 * @param caseNumber the case number
 * @param plates the plates asked for, separated by commas or spaces
 * @param from the first day asked for
 * @param to the last day asked for
 */
public record RequestForm(
    long agencyId,
    String requesterName,
    String requesterContact,
    String onBehalfOf,
    String reason,
    String crimeType,
    String caseNumber,
    String plates,
    LocalDate from,
    LocalDate to) {

  /** The most plates one request may name. */
  public static final int MAX_PLATES = 20;

  private static final Pattern PLATE = Pattern.compile("[A-Z0-9]{1,10}");
  private static final Pattern CASE = Pattern.compile("[\\p{L}\\p{N} ./#:_-]{1,64}");

  /** The plates asked for, upper case, each once. */
  public List<String> plateList() {
    if (plates == null) {
      return List.of();
    }
    return new ArrayList<>(
        new LinkedHashSet<>(
            Arrays.stream(plates.toUpperCase(Locale.ROOT).split("[,;\\s]+"))
                .filter(p -> !p.isBlank())
                .toList()));
  }

  /** What is missing or malformed; empty when the form is complete. */
  public List<String> problems(boolean caseAndCrimeRequired) {
    List<String> problems = new ArrayList<>();
    if (blank(requesterName) || requesterName.length() > 200) {
      problems.add("name the person requesting (at most 200 characters)");
    }
    if (blank(requesterContact) || requesterContact.length() > 200) {
      problems.add("give the requester's phone or e-mail");
    }
    if (blank(reason) || reason.length() > 2000) {
      problems.add("give the reason for the request (at most 2000 characters)");
    }
    if (caseAndCrimeRequired
        && (blank(caseNumber)
            || !CASE.matcher(caseNumber.strip()).matches()
            || blank(crimeType)
            || crimeType.length() > 100)) {
      problems.add("a request names its case number and crime type (POLICY S2)");
    }
    List<String> list = plateList();
    if (list.isEmpty()
        || list.size() > MAX_PLATES
        || !list.stream().allMatch(p -> PLATE.matcher(p).matches())) {
      problems.add("name 1 to " + MAX_PLATES + " plates of letters and digits");
    }
    if (from == null || to == null || to.isBefore(from) || from.plusDays(366).isBefore(to)) {
      problems.add("give the first and last day asked for (at most a year)");
    }
    return problems;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
