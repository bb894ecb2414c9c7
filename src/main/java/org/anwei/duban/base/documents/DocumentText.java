package org.anwei.duban.base.documents;

/**
 * The text of an uploaded document, what kind of file it was (decided by its content) and
 * how the text was encoded (for plain text files).
 */
public record DocumentText(String text, String format, String encoding) {
}
