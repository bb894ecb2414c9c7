package org.anwei.duban.supervision;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The escalation ladder for overdue work: a blue 督办 notice once an item is
 * {@code blueAfterDays} overdue, yellow after {@code yellowAfterDays}, red after
 * {@code redAfterDays}. {@code committee} is the issuer's name on the notices and
 * {@code numberPrefix} starts their numbers (安委办督〔2026〕12号); {@code zone} makes calendar
 * days of instants.
 */
@ConfigurationProperties("anwei.escalation")
public record EscalationProperties(int blueAfterDays, int yellowAfterDays, int redAfterDays, String committee,
		String numberPrefix, String reminderCron, ZoneId zone) {

	public EscalationProperties {
		if (blueAfterDays < 1 || yellowAfterDays <= blueAfterDays || redAfterDays <= yellowAfterDays) {
			throw new IllegalArgumentException("anwei.escalation days must grow: blue < yellow < red");
		}
	}

	/** The level an item deserves after so many days overdue, or null. */
	public @org.jspecify.annotations.Nullable EscalationLevel levelFor(long daysOverdue) {
		if (daysOverdue >= this.redAfterDays) {
			return EscalationLevel.RED;
		}
		if (daysOverdue >= this.yellowAfterDays) {
			return EscalationLevel.YELLOW;
		}
		return daysOverdue >= this.blueAfterDays ? EscalationLevel.BLUE : null;
	}

}
