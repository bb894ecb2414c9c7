package org.anwei.duban.security;

import java.util.List;

/** A department's liaisons and the leaders who oversee it. */
public record Recipients(List<Recipient> liaisons, List<Recipient> overseers) {

	public Recipients {
		liaisons = List.copyOf(liaisons);
		overseers = List.copyOf(overseers);
	}

}
