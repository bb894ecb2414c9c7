package org.anwei.duban.security;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.anwei.duban.AppRoutes;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.meeting.MeetingNavigation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role × every view: who may open what. The expected matrix is written out here,
 * and the test fails when a view is added without being added to it, so access is always
 * a decision, never an accident.
 */
class RouteAccessMatrixTest {

	/** Who opens a view: nobody signed in, or a user with exactly one role. */
	enum Who {

		ANONYMOUS, ADMIN, STAFF, DEPT, LEADER

	}

	private static final Set<Who> SIGNED_IN = EnumSet.of(Who.ADMIN, Who.STAFF, Who.DEPT, Who.LEADER);

	private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);

	static final Map<String, Set<Who>> EXPECTED = Map.ofEntries(Map.entry("login", EVERYONE),
			Map.entry("setup", EVERYONE), Map.entry("", SIGNED_IN), Map.entry("change-password", SIGNED_IN),
			Map.entry("departments", EnumSet.of(Who.ADMIN, Who.STAFF, Who.LEADER)),
			Map.entry("users", EnumSet.of(Who.ADMIN)), Map.entry("audit", EnumSet.of(Who.ADMIN)),
			Map.entry("meetings", EnumSet.of(Who.STAFF, Who.LEADER)),
			Map.entry("meetings/:meetingId", EnumSet.of(Who.STAFF, Who.LEADER)),
			Map.entry(MeetingNavigation.DOCUMENT_REVIEW_ROUTE, EnumSet.of(Who.STAFF)),
			Map.entry("tasks", EnumSet.of(Who.STAFF, Who.LEADER, Who.DEPT)),
			Map.entry("tasks/:taskId", EnumSet.of(Who.STAFF, Who.LEADER, Who.DEPT)),
			Map.entry("hazards", EnumSet.of(Who.STAFF, Who.LEADER, Who.DEPT)),
			Map.entry("hazards/:hazardId", EnumSet.of(Who.STAFF, Who.LEADER, Who.DEPT)),
			Map.entry("hazards/rechecks", EnumSet.of(Who.STAFF, Who.LEADER, Who.DEPT)),
			Map.entry("hazards/statistics", EnumSet.of(Who.STAFF, Who.LEADER, Who.DEPT)),
			Map.entry("hazards/map", EnumSet.of(Who.STAFF, Who.LEADER, Who.DEPT)),
			Map.entry("dashboard", EnumSet.of(Who.STAFF, Who.LEADER)), Map.entry("admin/map", EnumSet.of(Who.ADMIN)),
			Map.entry("inspections", EnumSet.of(Who.STAFF, Who.LEADER, Who.DEPT)),
			Map.entry("inspections/:inspectionId", EnumSet.of(Who.STAFF, Who.LEADER, Who.DEPT)),
			Map.entry("notifications", SIGNED_IN), Map.entry("my-work", EnumSet.of(Who.STAFF, Who.LEADER, Who.DEPT)),
			Map.entry("accountability", EnumSet.of(Who.STAFF, Who.LEADER, Who.DEPT)),
			Map.entry("reports", EnumSet.of(Who.STAFF, Who.LEADER)), Map.entry("tokens", SIGNED_IN));

	@Test
	void every_view_is_in_the_matrix() {
		assertThat(routes().keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
	}

	@Test
	void every_role_opens_exactly_the_views_the_matrix_allows() {
		Map<String, Class<?>> routes = routes();
		for (Map.Entry<String, Class<?>> route : routes.entrySet()) {
			Set<Who> allowed = EnumSet.noneOf(Who.class);
			for (Who who : Who.values()) {
				if (hasAccess(route.getValue(), who)) {
					allowed.add(who);
				}
			}
			assertThat(allowed).as("who may open /%s", route.getKey()).isEqualTo(EXPECTED.get(route.getKey()));
		}
	}

	private static boolean hasAccess(Class<?> view, Who who) {
		return AppRoutes.mayOpen(view, who == Who.ANONYMOUS ? Set.of() : Set.of(Role.valueOf(who.name())));
	}

	static Map<String, Class<?>> routes() {
		return AppRoutes.all();
	}

}
