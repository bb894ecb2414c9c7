package org.anwei.duban.base;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * Keyset paging for exports that read a large list in order of a date and the id: the
 * next chunk is what comes after the last row read, so every chunk is an index range
 * rather than an ever larger offset.
 */
public final class Keyset {

	private Keyset() {
	}

	/**
	 * Rows after ({@code date}, {@code id}) in the order of the date attribute and then
	 * the id; everything when nothing was read yet ({@code date} null).
	 */
	public static <T> Specification<T> after(String dateAttribute, @Nullable LocalDate date, long id) {
		return (root, query, cb) -> date == null ? cb.conjunction()
				: cb.or(cb.greaterThan(root.get(dateAttribute), date),
						cb.and(cb.equal(root.get(dateAttribute), date), cb.greaterThan(root.get("id"), id)));
	}

}
