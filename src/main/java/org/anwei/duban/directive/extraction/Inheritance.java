package org.anwei.duban.directive.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Where a requirement that names no party takes one from, and which lead-in's deadline it
 * shares: for an item, the first requirement of the same item, then the nearest section
 * over it, then its list's lead-in or the sentence before the list, then the addressees;
 * outside lists, the party of the sentence before it (a role such as 主要领导 does not
 * replace it), then the addressees.
 */
final class Inheritance {

	private final Outline outline;

	private final List<Party> addressees;

	private final Map<Marker, List<Party>> sectionParties = new HashMap<>();

	private final Map<Marker, Unit> sectionLeadIns = new HashMap<>();

	private List<Party> itemParties = List.of();

	private List<Party> listParties = List.of();

	private List<Party> regionSubject = List.of();

	private @Nullable Unit lastLeadIn;

	private @Nullable Unit listLeadIn;

	Inheritance(Outline outline, List<Party> addressees) {
		this.outline = outline;
		this.addressees = addressees;
	}

	/** A section opens: its own words' parties pass to its items. */
	void section(Marker section, Unit heading, List<Party> own) {
		this.sectionParties.put(section, own);
		this.sectionLeadIns.put(section, heading);
	}

	/**
	 * A section's words before its items name parties the items have not been given yet.
	 */
	void sectionWords(Marker section, List<Party> own) {
		if (this.sectionParties.getOrDefault(section, List.of()).isEmpty() && !own.isEmpty()) {
			this.sectionParties.put(section, own);
		}
	}

	/** A list begins: what was said before it is in force for its items. */
	void listStarts() {
		this.listParties = this.regionSubject;
		this.listLeadIn = this.lastLeadIn;
	}

	void itemStarts() {
		this.itemParties = List.of();
	}

	/**
	 * The first requirement of an item named these parties: the item's later ones share
	 * them.
	 */
	void itemNamed(List<Party> explicit) {
		if (this.itemParties.isEmpty()) {
			this.itemParties = List.copyOf(explicit);
		}
	}

	void leadIn(Unit unit, List<Party> own) {
		this.lastLeadIn = unit;
		// 会议强调：names nobody; the items keep the party named before it
		if (!own.isEmpty()) {
			this.regionSubject = own;
		}
	}

	/**
	 * A sentence names its subject; a role (主要领导) speaks within the parties named before.
	 */
	void subject(List<Party> own) {
		if (own.stream().anyMatch(p -> !p.roleOnly())) {
			this.regionSubject = own;
		}
	}

	/** Narrative or assessment: what follows does not continue the sentence before. */
	void forget() {
		this.regionSubject = List.of();
	}

	List<Party> forItem(Marker item) {
		if (!this.itemParties.isEmpty()) {
			return this.itemParties;
		}
		List<Marker> sections = new ArrayList<>(this.outline.sectionsOver(item));
		Collections.reverse(sections);
		for (Marker section : sections) {
			List<Party> found = this.sectionParties.getOrDefault(section, List.of());
			if (!found.isEmpty()) {
				return found;
			}
		}
		return !this.listParties.isEmpty() ? this.listParties : this.addressees;
	}

	List<Party> forFreeSentence() {
		return this.regionSubject.isEmpty() ? this.addressees : this.regionSubject;
	}

	/**
	 * The lead-in whose deadline an item's requirement shares: its section's, else its
	 * list's.
	 */
	@Nullable Unit leadInOf(Marker item) {
		Unit leadIn = this.listLeadIn;
		for (Marker section : this.outline.sectionsOver(item)) {
			leadIn = this.sectionLeadIns.getOrDefault(section, leadIn);
		}
		return leadIn;
	}

}
