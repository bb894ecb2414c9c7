package org.anwei.duban.security;

/**
 * A new (or reset) account and its one-time password, shown to the admin once and never
 * stored in clear; the user must change it at first login.
 */
public record CreatedUser(UserAccount account, String temporaryPassword) {
}
