package org.anwei.duban.hazard;

/**
 * What one sampling run did.
 *
 * @param candidates hazards closed within the window and never drawn before
 * @param drawn of those, the ones that became re-inspection items
 */
public record RecheckRun(int candidates, int drawn) {
}
