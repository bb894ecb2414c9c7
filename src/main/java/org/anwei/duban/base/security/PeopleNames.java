package org.anwei.duban.base.security;

import java.util.Collection;
import java.util.Map;

/**
 * Whom a login name belongs to. Records keep login names (stable, unique); screens show
 * the person's name, looked up here for a whole page at once.
 */
public interface PeopleNames {

	/**
	 * Display names by login name, for the login names that belong to an account; names
	 * of deleted or unknown accounts are missing from the answer.
	 */
	Map<String, String> namesOf(Collection<String> usernames);

}
