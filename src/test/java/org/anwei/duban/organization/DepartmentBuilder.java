package org.anwei.duban.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * Test data: departments with unique codes and names, so tests never collide with each
 * other or the demo data.
 */
public final class DepartmentBuilder {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final String suffix = Integer.toString(SEQUENCE.incrementAndGet(), 36) + "x"
			+ Long.toString(System.nanoTime() % 1_000_000, 36);

	private String code = "T" + this.suffix.toUpperCase();

	private String name = "测试单位" + this.suffix;

	private @Nullable String shortName;

	private DepartmentType type = DepartmentType.COMMITTEE_MEMBER;

	private @Nullable Long parentId;

	private final List<String> aliases = new ArrayList<>();

	public static DepartmentBuilder aDepartment() {
		return new DepartmentBuilder();
	}

	public DepartmentBuilder code(String value) {
		this.code = value;
		return this;
	}

	public DepartmentBuilder name(String value) {
		this.name = value;
		return this;
	}

	public DepartmentBuilder shortName(String value) {
		this.shortName = value;
		return this;
	}

	public DepartmentBuilder type(DepartmentType value) {
		this.type = value;
		return this;
	}

	public DepartmentBuilder parent(long id) {
		this.parentId = id;
		return this;
	}

	public DepartmentBuilder alias(String alias) {
		this.aliases.add(alias);
		return this;
	}

	/** A unique alias derived from this builder's suffix. */
	public DepartmentBuilder uniqueAlias() {
		return alias("别名" + this.suffix);
	}

	public String suffix() {
		return this.suffix;
	}

	public DepartmentCommand build() {
		return new DepartmentCommand(this.code, this.name, this.shortName, this.type, this.parentId, this.aliases,
				"联系人", "0571-1234567");
	}

}
