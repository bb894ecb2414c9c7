package org.anwei.duban.hazard;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the hazard ledger.
 *
 * @param numberPrefix starts every hazard number, as in {@code YH-2026-000123}
 * @param remindDaysBefore reminders start this many days before a hazard's time limit
 * @param districts the jurisdiction's districts and counties; a hazard names one of them
 * @param reboundDays a new hazard at a unit within this many days after an earlier one of
 * the same type or industry was closed out is a rebound (反弹)
 */
@ConfigurationProperties("anwei.hazard")
public record HazardProperties(String numberPrefix, int remindDaysBefore, List<String> districts, int reboundDays) {

	public HazardProperties {
		if (numberPrefix.isBlank() || remindDaysBefore < 0 || reboundDays < 0) {
			throw new IllegalArgumentException("anwei.hazard.* settings are out of range");
		}
		districts = List.copyOf(districts);
	}

}
