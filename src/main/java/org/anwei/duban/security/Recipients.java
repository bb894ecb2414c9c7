package org.anwei.duban.security;

import java.util.List;

/**
 * Who hears about a department's work: its liaisons, its head (部门负责人) and the leaders who
 * oversee it.
 */
public record Recipients(List<Recipient> liaisons, List<Recipient> heads, List<Recipient> overseers) {

	public Recipients {
		liaisons = List.copyOf(liaisons);
		heads = List.copyOf(heads);
		overseers = List.copyOf(overseers);
	}

	/**
	 * Who hears of day-to-day work: the liaisons, or the head when the department has no
	 * liaison account, so nothing goes unheard.
	 */
	public List<Recipient> dayToDay() {
		return this.liaisons.isEmpty() ? this.heads : this.liaisons;
	}

}
