package org.anwei.duban.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.anwei.duban.security.LoginProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords per (username, address) and per address in a sliding window, and
 * makes an address wait once it reaches a limit (see {@link LoginProperties}). Kept in
 * memory: it protects one instance, costs no database write per attempt, and forgets on
 * restart, which only ever shortens a wait. The same waits apply to names that do not
 * exist, so they reveal nothing about which accounts do.
 */
@Component
public class LoginThrottle {

	/** Beyond this many tracked keys, expired ones are dropped on the next failure. */
	private static final int PRUNE_ABOVE = 10_000;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final LoginProperties properties;

	private final Clock clock;

	LoginThrottle(LoginProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** How long this address must still wait before trying this username, if at all. */
	public Optional<Duration> waitFor(String username, String address) {
		Instant now = this.clock.instant();
		return remaining(addressKey(address), now).or(() -> remaining(pairKey(username, address), now));
	}

	/** How long this address must still wait before any attempt, if at all. */
	public Optional<Duration> waitFor(String address) {
		return remaining(addressKey(address), this.clock.instant());
	}

	/**
	 * A wrong password (or unknown name) from this address; true when it made the address
	 * wait.
	 */
	public boolean failed(String username, String address) {
		Instant now = this.clock.instant();
		prune(now);
		boolean pair = count(pairKey(username, address), this.properties.maxFailedAttempts(), now);
		return count(addressKey(address), this.properties.maxFailedPerAddress(), now) || pair;
	}

	/**
	 * A wrong credential that names no account (an invalid access token); true when it
	 * made the address wait.
	 */
	public boolean failed(String address) {
		Instant now = this.clock.instant();
		prune(now);
		return count(addressKey(address), this.properties.maxFailedPerAddress(), now);
	}

	private void prune(Instant now) {
		if (this.windows.size() > PRUNE_ABOVE) {
			this.windows.values().removeIf(w -> w.idle(now, this.properties.lockDuration()));
		}
	}

	/** A correct password: this address's count for this username starts again. */
	public void succeeded(String username, String address) {
		this.windows.remove(pairKey(username, address));
	}

	/** An administrator unlocked the account: no address waits for it any more. */
	public void forget(String username) {
		String prefix = "u:" + username + "|";
		this.windows.keySet().removeIf(key -> key.startsWith(prefix));
	}

	private Optional<Duration> remaining(String key, Instant now) {
		Window window = this.windows.get(key);
		if (window == null) {
			return Optional.empty();
		}
		synchronized (window) {
			return window.blockedUntil != null && window.blockedUntil.isAfter(now)
					? Optional.of(Duration.between(now, window.blockedUntil)) : Optional.empty();
		}
	}

	/** Counts a failure; true when it reached the limit and the key must now wait. */
	private boolean count(String key, int limit, Instant now) {
		Window window = this.windows.computeIfAbsent(key, k -> new Window());
		Duration span = this.properties.lockDuration();
		synchronized (window) {
			while (!window.failures.isEmpty() && !window.failures.peekFirst().isAfter(now.minus(span))) {
				window.failures.pollFirst();
			}
			window.failures.addLast(now);
			if (window.failures.size() >= limit) {
				window.blockedUntil = now.plus(span);
				window.failures.clear();
				return true;
			}
			return false;
		}
	}

	private static String pairKey(String username, String address) {
		return "u:" + username + "|" + address;
	}

	private static String addressKey(String address) {
		return "a:" + address;
	}

	/** The recent failures of one key and the end of its wait. */
	private static final class Window {

		private final Deque<Instant> failures = new ArrayDeque<>();

		private @Nullable Instant blockedUntil;

		synchronized boolean idle(Instant now, Duration span) {
			boolean waiting = this.blockedUntil != null && this.blockedUntil.isAfter(now);
			boolean recent = !this.failures.isEmpty() && this.failures.peekLast().isAfter(now.minus(span));
			return !waiting && !recent;
		}

	}

}
