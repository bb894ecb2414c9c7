package org.anwei.duban.base;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Figures counted in SQL: many conditional counts in one pass over the rows
 * ({@code sum(case when … then 1 else 0 end)}), read back as numbers.
 */
public final class SqlFigures {

	private SqlFigures() {
	}

	/** How many rows meet the condition. */
	public static Expression<Integer> countWhen(CriteriaBuilder cb, Predicate when) {
		return cb.sum(cb.<Integer>selectCase().when(when, 1).otherwise(0));
	}

	/** The sum of the value over the rows that meet the condition. */
	public static Expression<Integer> sumWhen(CriteriaBuilder cb, Predicate when, Expression<Integer> value) {
		return cb.sum(cb.<Integer>selectCase().when(when, value).otherwise(0));
	}

	/** A count or sum as read back (null when no row was summed). */
	public static long number(@Nullable Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}

}
