package org.anwei.duban.security;

import org.jspecify.annotations.Nullable;

/**
 * Someone to notify: in the app by username, by mail when an address is known, in the
 * language they last chose (a tag; none means Chinese).
 */
public record Recipient(String username, String displayName, @Nullable String email, @Nullable String language) {
}
