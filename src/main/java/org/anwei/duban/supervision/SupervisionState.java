package org.anwei.duban.supervision;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

/**
 * What supervision remembers of one item, embedded in the owner's table: the day of the
 * last reminder (at most one a day), the 督办 level reached (it only rises) and how often
 * staff urged it.
 */
@Embeddable
public class SupervisionState {

	@Column(name = "last_reminded_on")
	private @Nullable LocalDate lastRemindedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "escalation_level", length = 8)
	private @Nullable EscalationLevel escalationLevel;

	@Column(name = "urge_count", nullable = false)
	private int urgeCount;

	/** Whether a reminder is due today; at most one per item and day. */
	public boolean remindOn(LocalDate today) {
		if (today.equals(this.lastRemindedOn)) {
			return false;
		}
		this.lastRemindedOn = today;
		return true;
	}

	/** Raises the 督办 level; never lowers it. Returns whether it rose. */
	public boolean escalateTo(EscalationLevel level) {
		if (this.escalationLevel != null && this.escalationLevel.compareTo(level) >= 0) {
			return false;
		}
		this.escalationLevel = level;
		return true;
	}

	public void urged() {
		this.urgeCount++;
	}

	public @Nullable EscalationLevel getEscalationLevel() {
		return this.escalationLevel;
	}

	public int getUrgeCount() {
		return this.urgeCount;
	}

}
