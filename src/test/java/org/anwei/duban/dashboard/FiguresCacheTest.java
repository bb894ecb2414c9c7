package org.anwei.duban.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.anwei.duban.base.ReportingPeriod;
import org.anwei.duban.base.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeping the dashboard's figures: shown again to the same scope within the keeping time,
 * counted once while many ask, counted anew when asked or expired, never kept when the
 * count failed, never shared between scopes.
 */
class FiguresCacheTest {

	private static final DashboardFilter FILTER = DashboardFilter.of(ReportingPeriod.of(YearMonth.of(2026, 11)));

	private static final FiguresCache.Key ALL = new FiguresCache.Key("standing", FILTER, null, Set.of(Role.STAFF));

	private final MovingClock clock = new MovingClock();

	private final FiguresCache cache = new FiguresCache(Duration.ofMinutes(1), this.clock);

	private final AtomicInteger counts = new AtomicInteger();

	@Test
	void figures_are_shown_again_within_the_minute_and_counted_anew_after_it() {
		assertThat(this.cache.get(ALL, false, this::count).join()).isEqualTo(1);
		this.clock.pass(Duration.ofSeconds(59));
		assertThat(this.cache.get(ALL, false, this::count).join()).isEqualTo(1);
		this.clock.pass(Duration.ofSeconds(2));
		assertThat(this.cache.get(ALL, false, this::count).join()).isEqualTo(2);
	}

	@Test
	void asking_for_a_new_count_counts_again_and_keeps_the_new_figures() {
		this.cache.get(ALL, false, this::count).join();
		assertThat(this.cache.get(ALL, true, this::count).join()).isEqualTo(2);
		assertThat(this.cache.get(ALL, false, this::count).join()).isEqualTo(2);
	}

	@Test
	void while_figures_are_counted_others_wait_for_that_count_even_when_nothing_is_kept() {
		FiguresCache keepsNothing = new FiguresCache(Duration.ZERO, this.clock);
		CompletableFuture<Integer> running = new CompletableFuture<>();
		CompletableFuture<Integer> first = keepsNothing.get(ALL, false, () -> {
			this.counts.incrementAndGet();
			return running;
		});
		CompletableFuture<Integer> second = keepsNothing.get(ALL, false, this::count);
		assertThat(this.counts).hasValue(1);
		running.complete(42);
		assertThat(first.join()).isEqualTo(42);
		assertThat(second.join()).isEqualTo(42);

		this.clock.pass(Duration.ofMillis(1));
		assertThat(keepsNothing.get(ALL, false, this::count).join()).isEqualTo(2);
	}

	@Test
	void a_failed_count_is_not_kept() {
		CompletableFuture<Integer> failed = this.cache.get(ALL, false,
				() -> CompletableFuture.failedFuture(new IllegalStateException("database gone")));
		assertThat(failed).isCompletedExceptionally();
		assertThat(this.cache.get(ALL, false, this::count).join()).isEqualTo(1);

		CompletableFuture<Integer> thrown = this.cache.get(new FiguresCache.Key("charts", FILTER, null, Set.of()),
				false, () -> {
					throw new IllegalStateException("no connection");
				});
		assertThat(thrown).isCompletedExceptionally();
		assertThat(this.cache.get(new FiguresCache.Key("charts", FILTER, null, Set.of()), false, this::count).join())
			.isEqualTo(2);
	}

	@Test
	void each_scope_and_filter_has_its_own_figures() {
		this.cache.get(ALL, false, this::count).join();
		var leaderOfTwo = new FiguresCache.Key("standing", FILTER, Set.of(1L, 2L), Set.of(Role.LEADER));
		var leaderOfOne = new FiguresCache.Key("standing", FILTER, Set.of(1L), Set.of(Role.LEADER));
		var allAsLeader = new FiguresCache.Key("standing", FILTER, null, Set.of(Role.LEADER));
		var otherMonth = new FiguresCache.Key("standing",
				DashboardFilter.of(ReportingPeriod.of(YearMonth.of(2026, 10))), null, Set.of(Role.STAFF));
		assertThat(this.cache.get(leaderOfTwo, false, this::count).join()).isEqualTo(2);
		assertThat(this.cache.get(leaderOfOne, false, this::count).join()).isEqualTo(3);
		assertThat(this.cache.get(allAsLeader, false, this::count).join()).isEqualTo(4);
		assertThat(this.cache.get(otherMonth, false, this::count).join()).isEqualTo(5);
		assertThat(this.cache
			.get(new FiguresCache.Key("standing", FILTER, Set.of(2L, 1L), Set.of(Role.LEADER)), false, this::count)
			.join()).as("the same departments in another order are the same scope").isEqualTo(2);
	}

	private CompletableFuture<Integer> count() {
		return CompletableFuture.completedFuture(this.counts.incrementAndGet());
	}

	private static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-12-01T02:00:00Z");

		void pass(Duration time) {
			this.now = this.now.plus(time);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
