package org.anwei.duban;

import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

import org.anwei.duban.base.security.Role;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every view of the application, found by its {@code @Route}: tests that must cover all
 * views read them here, so a new view is covered by being a route.
 */
public final class AppRoutes {

	private static final AccessAnnotationChecker CHECKER = new AccessAnnotationChecker();

	private AppRoutes() {
	}

	/** Route template → view class, sorted by template. */
	public static Map<String, Class<?>> all() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
		return scanner.findCandidateComponents("org.anwei.duban")
			.stream()
			.map(definition -> load(definition.getBeanClassName()))
			.collect(Collectors.toMap(type -> type.getAnnotation(Route.class).value(), type -> type, (a, b) -> a,
					TreeMap::new));
	}

	/**
	 * Whether someone holding these roles may open the view (no roles: nobody signed in).
	 */
	public static boolean mayOpen(Class<?> view, Set<Role> roles) {
		Principal principal = roles.isEmpty() ? null : () -> "someone";
		return CHECKER.hasAccess(view, principal, role -> roles.stream().anyMatch(r -> r.name().equals(role)));
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
