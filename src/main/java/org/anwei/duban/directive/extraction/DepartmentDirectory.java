package org.anwei.duban.directive.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The departments the engine can recognise: each unit's current name and every other name
 * it is known by (short names, aliases, former names). Longest names are tried first, so
 * 市住房和城乡建设局 wins over 住建局. Names are compared in simplified characters, so a text in
 * traditional characters finds them too.
 */
public final class DepartmentDirectory {

	/** A name as it may appear in text, and the unit's current name. */
	public record Name(String text, String department) {
	}

	private final List<Name> names;

	/** Names by their first (simplified) character, longest first. */
	private final Map<Character, List<Name>> byFirst = new HashMap<>();

	private DepartmentDirectory(List<Name> names) {
		this.names = names.stream()
			.map(n -> new Name(Characters.simplified(n.text()), n.department()))
			.sorted(Comparator.comparingInt((Name n) -> n.text().length()).reversed())
			.toList();
		for (Name name : this.names) {
			this.byFirst.computeIfAbsent(name.text().charAt(0), c -> new ArrayList<>()).add(name);
		}
	}

	public static DepartmentDirectory empty() {
		return new DepartmentDirectory(List.of());
	}

	/**
	 * @param namesByDepartment current name → other names
	 */
	public static DepartmentDirectory of(Map<String, List<String>> namesByDepartment) {
		List<Name> names = new ArrayList<>();
		namesByDepartment.forEach((department, others) -> {
			names.add(new Name(department, department));
			others.stream().filter(o -> !o.isBlank()).forEach(o -> names.add(new Name(o.strip(), department)));
		});
		return new DepartmentDirectory(names);
	}

	/**
	 * Length of the longest directory name written at {@code at} of a prepared text, or
	 * 0.
	 */
	int longestAt(String text, int at) {
		if (at >= text.length()) {
			return 0;
		}
		for (Name name : this.byFirst.getOrDefault(text.charAt(at), List.of())) {
			if (text.startsWith(name.text(), at)) {
				return name.text().length();
			}
		}
		return 0;
	}

	/**
	 * The unit a mention refers to, when the mention is (or contains) one of its names.
	 */
	Optional<String> resolve(String mention) {
		String simplified = Characters.simplified(mention);
		return this.names.stream()
			.filter(n -> simplified.equals(n.text()) || (n.text().length() >= 3 && simplified.contains(n.text())))
			.map(Name::department)
			.findFirst();
	}

}
