package org.anwei.duban.hazard;

/**
 * One value of a dimension: what the ledger's URL filter takes ({@code parameter}), and
 * its label — a translation key when {@code translatable} (industry, level), else the
 * name itself (department, district).
 */
public record StatisticsKey(String parameter, String label, boolean translatable) {
}
