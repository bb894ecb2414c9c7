package org.anwei.duban.extension;

/**
 * A request waiting for staff, with what it is for.
 *
 * @param title the record's title or number and name
 * @param path the record's page, as in {@code tasks/42}
 */
public record PendingExtension(ExtensionDetails request, String title, String path) {
}
