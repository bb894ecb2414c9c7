package org.anwei.duban.base;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The application's clock: the system clock, except while one thread replays the past.
 * The demo data is made through the same services users call, and a hazard closed out
 * three months ago must carry that date in the ledger, its history and its statistics; so
 * the demo runs each step "at" the day it would have happened. Only the calling thread
 * sees the replayed time; everyone else keeps the real one.
 */
public final class ReplayClock extends Clock {

	private final Clock real;

	private final ThreadLocal<@Nullable Instant> replayed;

	public ReplayClock(Clock real) {
		this(real, new ThreadLocal<>());
	}

	private ReplayClock(Clock real, ThreadLocal<@Nullable Instant> replayed) {
		this.real = real;
		this.replayed = replayed;
	}

	/**
	 * Runs {@code work} on this thread as if it were {@code at}; then time is real again.
	 */
	public <T> T at(Instant at, Supplier<T> work) {
		Instant before = this.replayed.get();
		this.replayed.set(at);
		try {
			return work.get();
		}
		finally {
			this.replayed.set(before);
		}
	}

	@Override
	public Instant instant() {
		Instant at = this.replayed.get();
		return at != null ? at : this.real.instant();
	}

	@Override
	public ZoneId getZone() {
		return this.real.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new ReplayClock(this.real.withZone(zone), this.replayed);
	}

}
