package org.anwei.duban.security;

/** A new token and its secret, shown to its owner once and never again. */
public record CreatedAccessToken(AccessTokenItem token, String secret) {
}
