package org.anwei.duban.dashboard.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.router.QueryParameters;
import org.anwei.duban.base.ReportingPeriod;
import org.anwei.duban.dashboard.DashboardFilter;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.task.TaskFigure;
import org.jspecify.annotations.Nullable;

/**
 * Where each dashboard number leads: the task list narrowed to the figure's tasks, the
 * hazard ledger or the accountability register filtered the same way as the number was
 * counted (same scope, period, department, meeting, category, district).
 */
final class DashboardLinks {

	private final DashboardFilter filter;

	private final Map<Long, DepartmentRef> departments;

	DashboardLinks(DashboardFilter filter, Map<Long, DepartmentRef> departments) {
		this.filter = filter;
		this.departments = departments;
	}

	/** The tasks a figure counts, for the filter's department or the given one. */
	String tasks(TaskFigure figure, @Nullable Long department) {
		return tasks(figure, this.filter.period(), department);
	}

	String tasks(TaskFigure figure, ReportingPeriod period, @Nullable Long department) {
		return link("tasks", p -> {
			p.put("figure", figure.name());
			p.put("pfrom", period.from().toString());
			p.put("pto", period.to().toString());
			putDepartment(p, department);
			putIfSet(p, "meeting", this.filter.meetingId());
			putIfSet(p, "category", this.filter.category() == null ? null : this.filter.category().name());
		});
	}

	/** A meeting's tasks in scope. */
	String meeting(long meetingId) {
		return link("tasks", p -> {
			putDepartment(p, null);
			p.put("meeting", String.valueOf(meetingId));
			putIfSet(p, "category", this.filter.category() == null ? null : this.filter.category().name());
		});
	}

	/**
	 * The ledger in scope, with extra conditions (open, overdue, level, found in the
	 * period…).
	 */
	String hazards(@Nullable Long department, Map<String, String> conditions) {
		return link("hazards", p -> {
			putDepartment(p, department);
			putIfSet(p, "district", this.filter.district());
			putIfSet(p, "industry", this.filter.category() == null ? null : this.filter.category().name());
			p.putAll(conditions);
		});
	}

	/** Hazards found in the period (rebounds only, if asked). */
	String hazardsFound(@Nullable Long department, boolean rebounds) {
		Map<String, String> conditions = new LinkedHashMap<>();
		conditions.put("from", this.filter.period().from().toString());
		conditions.put("to", this.filter.period().to().toString());
		if (rebounds) {
			conditions.put("rebound", "true");
		}
		return hazards(department, conditions);
	}

	/** Accountability actions of the period. */
	String actions(@Nullable Long department) {
		return link("accountability", p -> {
			putDepartment(p, department);
			p.put("from", this.filter.period().from().toString());
			p.put("to", this.filter.period().to().toString());
			p.put("actions", "true");
		});
	}

	private void putDepartment(Map<String, String> parameters, @Nullable Long department) {
		Long chosen = department != null ? department : this.filter.departmentId();
		DepartmentRef ref = chosen == null ? null : this.departments.get(chosen);
		if (ref != null) {
			parameters.put("department", ref.code());
		}
	}

	private static void putIfSet(Map<String, String> parameters, String name, @Nullable Object value) {
		if (value != null) {
			parameters.put(name, value.toString());
		}
	}

	private static String link(String route, Consumer<Map<String, String>> parameters) {
		Map<String, String> values = new LinkedHashMap<>();
		parameters.accept(values);
		String query = QueryParameters.simple(values).getQueryString();
		return query.isEmpty() ? route : route + "?" + query;
	}

}
