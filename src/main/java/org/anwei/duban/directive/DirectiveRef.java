package org.anwei.duban.directive;

/**
 * A directive as the user last saw it: actions on several rows (merge, issue) refuse to
 * run when any of them changed since.
 */
public record DirectiveRef(long id, long version) {
}
