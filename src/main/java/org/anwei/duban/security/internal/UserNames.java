package org.anwei.duban.security.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.anwei.duban.base.security.PeopleNames;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Display names of accounts, one query for a page's worth of login names. */
@Service
class UserNames implements PeopleNames {

	private final AppUserRepository users;

	UserNames(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Map<String, String> namesOf(Collection<String> usernames) {
		Map<String, String> names = new HashMap<>();
		if (!usernames.isEmpty()) {
			this.users.displayNames(usernames).forEach(pair -> names.put((String) pair[0], (String) pair[1]));
		}
		return names;
	}

}
