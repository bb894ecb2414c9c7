package org.anwei.duban.base.ui;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.vaadin.flow.i18n.I18NProvider;

import org.anwei.duban.base.security.PeopleNames;
import org.anwei.duban.base.security.SystemUser;
import org.jspecify.annotations.Nullable;

/**
 * The names a page shows for the login names in its records, looked up once per page: the
 * person's name, "系统" for the scheduler's own actions, and the login name itself only
 * when no account has it any more.
 */
public final class PersonLabels {

	private final Map<String, String> names;

	private PersonLabels(Map<String, String> names) {
		this.names = names;
	}

	public static PersonLabels of(PeopleNames people, Collection<@Nullable String> usernames) {
		return new PersonLabels(people.namesOf(usernames.stream()
			.filter(Objects::nonNull)
			.filter(name -> !SystemUser.USERNAME.equals(name))
			.collect(Collectors.toSet())));
	}

	/** The person's name. */
	public String name(@Nullable String username) {
		if (username == null) {
			return "";
		}
		if (SystemUser.USERNAME.equals(username)) {
			return I18NProvider.translate("user.system");
		}
		return this.names.getOrDefault(username, username);
	}

	/** The person's name with the login name, for administrators who search by it. */
	public String nameAndLogin(@Nullable String username) {
		String name = name(username);
		return username == null || name.equals(username) ? name : name + "（" + username + "）";
	}

}
