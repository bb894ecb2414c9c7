package org.anwei.duban.directive;

/**
 * What extracting a document did.
 *
 * @param added new proposals stored
 * @param replaced untouched proposals of an earlier run that were replaced
 * @param kept reviewed directives (edited, written, issued, deleted) left as they were;
 * new findings overlapping them were not added
 * @param candidates sentences kept apart as candidates (probably narrative or
 * exhortation)
 */
public record ExtractionOutcome(int added, int replaced, int kept, int candidates) {
}
