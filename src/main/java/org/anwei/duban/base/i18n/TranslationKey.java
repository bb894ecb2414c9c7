package org.anwei.duban.base.i18n;

/**
 * A message argument that is itself translated, e.g. a status label in "cannot 签收 a task
 * that is 已办结".
 */
public record TranslationKey(String key) {
}
