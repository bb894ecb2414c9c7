package org.anwei.duban.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.anwei.duban.base.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's figures kept for a short while per filter and scope: a county's leaders
 * and staff open the same dashboard many times an hour, and each count reads a year of
 * tasks and hazards. Everyone whose scope is the same (the same visible departments and
 * roles) shares the figures; a scope is never shown another's. While a count runs, others
 * asking for the same figures wait for it instead of starting their own. A failed count
 * is not kept. The page says when its figures were counted and can ask for a new count.
 */
final class FiguresCache {

	/** Beyond this many kept counts, the expired ones are dropped, then all if needed. */
	private static final int MAX_ENTRIES = 500;

	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	private final Duration keep;

	private final Clock clock;

	FiguresCache(Duration keep, Clock clock) {
		this.keep = keep;
		this.clock = clock;
	}

	/**
	 * The kept figures of the key if counted within the keeping time and a new count is
	 * not asked for, otherwise a new count (or the one under way).
	 */
	@SuppressWarnings("unchecked")
	<T> CompletableFuture<T> get(Key key, boolean recount, Supplier<CompletableFuture<T>> count) {
		Instant now = this.clock.instant();
		CompletableFuture<T> mine = new CompletableFuture<>();
		Entry fresh = new Entry(mine, now);
		Entry kept = this.entries.compute(key,
				(k, old) -> old != null && !recount && (old.counting() || !old.expired(now, this.keep)) ? old : fresh);
		if (kept != fresh) {
			return (CompletableFuture<T>) kept.figures();
		}
		dropOld(now);
		try {
			count.get().whenComplete((figures, failure) -> {
				if (failure != null) {
					this.entries.remove(key, fresh);
					mine.completeExceptionally(failure);
				}
				else {
					mine.complete(figures);
				}
			});
		}
		catch (RuntimeException failure) {
			this.entries.remove(key, fresh);
			mine.completeExceptionally(failure);
		}
		return mine;
	}

	private void dropOld(Instant now) {
		if (this.entries.size() > MAX_ENTRIES) {
			this.entries.values().removeIf(e -> !e.counting() && e.expired(now, this.keep));
			if (this.entries.size() > MAX_ENTRIES) {
				this.entries.clear();
			}
		}
	}

	/**
	 * Which figures for whom: the part of the page, its filter, and the caller's scope
	 * (visible departments, null for all; roles).
	 */
	record Key(String part, DashboardFilter filter, @Nullable Set<Long> visibleDepartments, Set<Role> roles) {
	}

	private record Entry(CompletableFuture<?> figures, Instant started) {

		boolean counting() {
			return !this.figures.isDone();
		}

		boolean expired(Instant now, Duration keep) {
			return this.started.plus(keep).isBefore(now);
		}

	}

}
