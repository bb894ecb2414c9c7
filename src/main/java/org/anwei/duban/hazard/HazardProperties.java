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
 * @param recheck the re-inspection (回头看) sampling rule
 * @param maxExtensions approved extensions of one hazard's time limit, at most
 */
@ConfigurationProperties("anwei.hazard")
public record HazardProperties(String numberPrefix, int remindDaysBefore, List<String> districts, int reboundDays,
		Recheck recheck, int maxExtensions) {

	public HazardProperties {
		if (numberPrefix.isBlank() || remindDaysBefore < 0 || reboundDays < 0 || maxExtensions < 0) {
			throw new IllegalArgumentException("anwei.hazard.* settings are out of range");
		}
		districts = List.copyOf(districts);
	}

	/**
	 * Which closed hazards are looked at again, and when.
	 *
	 * @param share the share of general hazards drawn, between 0 and 1
	 * @param minDays hazards closed at least this many days ago...
	 * @param maxDays ...and at most this many are candidates
	 * @param allMajor every major hazard in the window is drawn
	 * @param daysToCheck the owner has this many days for the second look
	 * @param rectifyDays a rebound found then is to be rectified within this many days
	 * @param cron when the sampling runs (monthly by default)
	 */
	public record Recheck(double share, int minDays, int maxDays, boolean allMajor, int daysToCheck, int rectifyDays,
			String cron) {

		public Recheck {
			if (share < 0 || share > 1 || minDays < 0 || maxDays < minDays || daysToCheck < 1 || rectifyDays < 1) {
				throw new IllegalArgumentException("anwei.hazard.recheck.* settings are out of range");
			}
		}

	}

}
