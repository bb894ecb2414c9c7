package org.anwei.duban.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without looking at the password: this address failed too often lately
 * and must wait. Said the same way for every username.
 */
public class LoginThrottledException extends AuthenticationException {

	private final Duration wait;

	public LoginThrottledException(Duration wait) {
		super("Too many failed sign-ins from this address; wait " + wait);
		this.wait = wait;
	}

	/** The wait in whole minutes, at least one. */
	public long waitMinutes() {
		return Math.max(1, (this.wait.toSeconds() + 59) / 60);
	}

}
