package org.anwei.duban.directive.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The departments the engine can recognise: each unit's current name and every other name
 * it is known by (short names, aliases, former names). Longest names are tried first, so
 * 市住房和城乡建设局 wins over 住建局.
 */
public final class DepartmentDirectory {

	/** A name as it may appear in text, and the unit's current name. */
	public record Name(String text, String department) {
	}

	private final List<Name> names;

	private DepartmentDirectory(List<Name> names) {
		this.names = names.stream().sorted(Comparator.comparingInt((Name n) -> n.text().length()).reversed()).toList();
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
			others.stream().filter(o -> !o.isBlank()).forEach(o -> names.add(new Name(o, department)));
		});
		return new DepartmentDirectory(names);
	}

	List<Name> names() {
		return this.names;
	}

	/**
	 * The unit a mention refers to, when the mention is (or contains) one of its names.
	 */
	Optional<String> resolve(String mention) {
		return this.names.stream()
			.filter(n -> mention.equals(n.text()) || (n.text().length() >= 3 && mention.contains(n.text())))
			.map(Name::department)
			.findFirst();
	}

}
