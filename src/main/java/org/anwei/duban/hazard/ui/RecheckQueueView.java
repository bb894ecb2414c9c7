package org.anwei.duban.hazard.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.base.ui.DisplayTime;
import org.anwei.duban.base.ui.FilterBar;
import org.anwei.duban.base.ui.Notifications;
import org.anwei.duban.base.ui.PhoneColumns;
import org.anwei.duban.hazard.RecheckItem;
import org.anwei.duban.hazard.RecheckRun;
import org.anwei.duban.hazard.RecheckService;
import org.anwei.duban.hazard.RecheckStatus;
import org.anwei.duban.supervision.EscalationProperties;

/**
 * The re-inspection queue (回头看): closed hazards drawn for a second look, open ones first
 * by due day. The owning department (or staff) records whether the rectification held or
 * the problem is back; staff can also draw the month's items now instead of waiting for
 * the monthly run.
 */
@Route("hazards/rechecks")
@RolesAllowed({ Roles.STAFF, Roles.LEADER, Roles.DEPT })
public class RecheckQueueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final Select<RecheckStatus> status = new Select<>();

	final Grid<RecheckItem> grid = new Grid<>();

	private final RecheckService rechecks;

	private final CurrentUser currentUser;

	private boolean restoring;

	RecheckQueueView(RecheckService rechecks, CurrentUser currentUser, EscalationProperties escalation, Clock clock) {
		this.rechecks = rechecks;
		this.currentUser = currentUser;
		setSizeFull();
		this.status.setId("recheck-filter-status");
		this.status.setItems(RecheckStatus.values());
		this.status.setAriaLabel(getTranslation("field.hazard.status"));
		this.status.setEmptySelectionAllowed(true);
		String any = getTranslation("hazard.any", getTranslation("field.hazard.status"));
		this.status.setEmptySelectionCaption(any);
		this.status.setItemLabelGenerator(s -> s == null ? any : getTranslation(s.key()));
		this.status.setValue(RecheckStatus.PENDING);
		this.status.addValueChangeListener(e -> statusChanged());
		FilterBar toolbar = new FilterBar(this.status);
		Button ledger = new Button(getTranslation("menu.hazards"), VaadinIcon.ARROW_BACKWARD.create(),
				e -> getUI().ifPresent(ui -> ui.navigate(HazardListView.class)));
		toolbar.addActions(ledger);
		if (hasRole(Role.STAFF)) {
			Button sample = new Button(getTranslation("recheck.sample"), VaadinIcon.RANDOM.create(), e -> {
				RecheckRun run = this.rechecks.sample(LocalDate.ofInstant(clock.instant(), escalation.zone()));
				Notifications.success(getTranslation("recheck.sampled", run.drawn(), run.candidates()));
				this.grid.getDataProvider().refreshAll();
			});
			sample.setId("recheck-sample");
			toolbar.addActions(sample);
		}
		this.grid.setId("recheck-grid");
		this.grid.setEmptyStateText(getTranslation("recheck.empty"));
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		PhoneColumns.Cell<RecheckItem> opens = PhoneColumns.Cell.link(r -> HazardView.path(r.hazardId()));
		var hazard = this.grid.addColumn(PhoneColumns.mainColumn(r -> r.hazardNumber() + " " + r.unitName(), opens))
			.setHeader(getTranslation("field.hazard.unitName"))
			.setFlexGrow(3);
		var level = this.grid.addComponentColumn(r -> HazardBadges.level(r.level()))
			.setHeader(getTranslation("field.hazard.level"))
			.setAutoWidth(true);
		var closed = this.grid
			.addColumn(r -> r.closedAt() == null ? "" : LocalDate.ofInstant(r.closedAt(), DisplayTime.ZONE).toString())
			.setHeader(getTranslation("recheck.closed-on"))
			.setAutoWidth(true);
		var owner = this.grid.addColumn(RecheckItem::ownerDepartmentName).setHeader(getTranslation("recheck.owner"));
		var due = this.grid.addComponentColumn(this::dueCell)
			.setHeader(getTranslation("recheck.due-on"))
			.setAutoWidth(true);
		var result = this.grid.addColumn(r -> r.finding() == null ? "" : r.finding())
			.setHeader(getTranslation("field.recheck.finding"))
			.setFlexGrow(2);
		var action = this.grid.addComponentColumn(this::actionCell).setAutoWidth(true);
		PhoneColumns.fold(this.grid, hazard, r -> r.hazardNumber() + " " + r.unitName(), opens,
				r -> r.ownerDepartmentName() + " · " + getTranslation(r.status().key()) + " · " + r.dueOn()
						+ (r.overdue() ? " · " + getTranslation("hazard.overdue") : ""),
				level, closed, owner, due, result);
		this.grid.setItems(
				query -> this.rechecks.list(this.status.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
					.stream(),
				query -> (int) this.rechecks.count(this.status.getValue()));
		this.grid.setSizeFull();
		action.setFrozenToEnd(true);
		add(toolbar, this.grid);
	}

	private Component dueCell(RecheckItem item) {
		Span due = new Span(item.dueOn().toString());
		if (item.overdue()) {
			due.getElement().setAttribute("theme", "badge error");
			due.setText(item.dueOn() + " " + getTranslation("hazard.overdue"));
		}
		else if (item.status() != RecheckStatus.PENDING) {
			due.setText(getTranslation(item.status().key()));
			due.getElement()
				.setAttribute("theme", item.status() == RecheckStatus.REBOUND ? "badge error" : "badge success");
		}
		return due;
	}

	private Component actionCell(RecheckItem item) {
		if (item.status() != RecheckStatus.PENDING || !mayRecord(item)) {
			return new Span();
		}
		Button record = new Button(getTranslation("recheck.record"), e -> record(item));
		record.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
		record.setId("recheck-record-" + item.id());
		return record;
	}

	private boolean mayRecord(RecheckItem item) {
		return hasRole(Role.STAFF) || (hasRole(Role.DEPT)
				&& Objects.equals(this.currentUser.require().departmentId(), item.ownerDepartmentId()));
	}

	void record(RecheckItem item) {
		new OutcomeDialog(OutcomeDialog.Kind.RECHECK, (held, finding, photos) -> {
			Long rebound = this.rechecks.record(item.id(), item.version(), !held, finding, photos);
			Notifications
				.success(getTranslation(rebound == null ? "recheck.recorded-held" : "recheck.recorded-rebound"));
			this.grid.getDataProvider().refreshAll();
		}).open();
	}

	private boolean hasRole(Role role) {
		return this.currentUser.get().map(u -> u.hasRole(role)).orElse(false);
	}

	private void statusChanged() {
		this.grid.getDataProvider().refreshAll();
		if (this.restoring) {
			return;
		}
		QueryParameters parameters = this.status.getValue() == null
				? QueryParameters.simple(java.util.Map.of("status", "ALL"))
				: QueryParameters.simple(java.util.Map.of("status", this.status.getValue().name()));
		getUI().ifPresent(
				ui -> ui.getPage().getHistory().replaceState(null, new Location("hazards/rechecks", parameters)));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.restoring = true;
		try {
			event.getLocation()
				.getQueryParameters()
				.getSingleParameter("status")
				.ifPresent(name -> this.status.setValue(Arrays.stream(RecheckStatus.values())
					.filter(s -> s.name().equals(name))
					.findFirst()
					.orElse(null)));
		}
		finally {
			this.restoring = false;
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("recheck.title");
	}

	List<RecheckItem> shown() {
		return this.grid.getGenericDataView().getItems().toList();
	}

}
