package org.anwei.duban.security;

import org.jspecify.annotations.Nullable;

/** Someone to notify: in the app by username, by mail when an address is known. */
public record Recipient(String username, String displayName, @Nullable String email) {
}
