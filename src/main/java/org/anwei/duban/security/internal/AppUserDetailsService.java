package org.anwei.duban.security.internal;

import java.time.Clock;
import java.util.Locale;

import org.anwei.duban.base.security.AppUserPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security's login. Usernames are case-insensitive. */
@Component
class AppUserDetailsService implements UserDetailsService {

	private final AppUserRepository repository;

	private final Clock clock;

	AppUserDetailsService(AppUserRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		AppUser user = this.repository.findByUsername(username.strip().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return new AppUserPrincipal(java.util.Objects.requireNonNull(user.getId()), user.getUsername(),
				user.getDisplayName(), user.getDepartmentId(), user.getRoles(), user.getOverseenDepartmentIds(),
				user.isOverseesAll(), user.getPasswordHash(), user.isEnabled(), !user.isLocked(this.clock.instant()),
				user.isMustChangePassword());
	}

}
