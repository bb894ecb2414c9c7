package org.anwei.duban.audit.ui;

import java.util.List;

import java.time.LocalDate;
import java.util.stream.Collectors;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;
import org.anwei.duban.base.i18n.Translations;
import org.anwei.duban.base.ui.FilterBar;
import org.anwei.duban.base.security.PeopleNames;
import org.anwei.duban.base.ui.PersonLabels;
import org.anwei.duban.audit.AuditEntry;
import org.anwei.duban.audit.AuditFilter;
import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.base.ui.DisplayTime;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/** The audit trail for admins: every change and every login, newest first, filterable. */
@Route("audit")
@Menu(title = "menu.audit", order = 95, icon = "vaadin:clipboard-text")
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

	final Select<String> entityType = new Select<>();

	final TextField actor = new TextField();

	final TextField action = new TextField();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final Grid<AuditEntry> grid = new Grid<>();

	private final AuditTrail auditTrail;

	private final transient PeopleNames people;

	/** Names of the actors on the page the grid fetched last. */
	private transient PersonLabels actors;

	AuditLogView(AuditTrail auditTrail, PeopleNames people) {
		this.auditTrail = auditTrail;
		this.people = people;
		this.actors = PersonLabels.of(people, List.of());
		setSizeFull();
		this.entityType.setLabel(getTranslation("audit.entity-type"));
		this.entityType.setItems("DEPARTMENT", "USER", "MEETING", "MEETING_DOCUMENT", "DIRECTIVE", "TASK", "HAZARD");
		this.entityType
			.setItemLabelGenerator(t -> t == null ? getTranslation("filter.all") : getTranslation("audit.type." + t));
		this.entityType.setEmptySelectionAllowed(true);
		this.entityType.setEmptySelectionCaption(getTranslation("filter.all"));
		this.actor.setLabel(getTranslation("audit.actor"));
		this.action.setLabel(getTranslation("audit.action"));
		this.from.setLabel(getTranslation("audit.from"));
		this.to.setLabel(getTranslation("audit.to"));
		this.actor.setValueChangeMode(ValueChangeMode.LAZY);
		this.action.setValueChangeMode(ValueChangeMode.LAZY);
		this.entityType.addValueChangeListener(e -> refresh());
		this.actor.addValueChangeListener(e -> refresh());
		this.action.addValueChangeListener(e -> refresh());
		this.from.addValueChangeListener(e -> refresh());
		this.to.addValueChangeListener(e -> refresh());
		FilterBar filters = new FilterBar(this.actor, this.entityType, this.action, this.from, this.to);

		this.grid.setId("audit-grid");
		this.grid.setEmptyStateText(getTranslation("audit.empty"));
		this.grid.addColumn(e -> DisplayTime.seconds(e.occurredAt()))
			.setHeader(getTranslation("audit.time"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(e -> this.actors.nameAndLogin(e.actorUsername()))
			.setHeader(getTranslation("audit.actor"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(AuditEntry::remoteAddress)
			.setHeader(getTranslation("audit.address"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(e -> getTranslation("audit.type." + e.entityType()))
			.setHeader(getTranslation("audit.entity-type"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(this::actionLabel)
			.setHeader(getTranslation("audit.action"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(AuditEntry::summary).setHeader(getTranslation("audit.summary"));
		this.grid.addColumn(this::changes).setHeader(getTranslation("audit.changes")).setFlexGrow(3);
		this.grid.setItems(query -> {
			PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(query);
			List<AuditEntry> entries = this.auditTrail.search(filter(),
					PageRequest.of(page.getPageNumber(), page.getPageSize()));
			this.actors = PersonLabels.of(this.people, entries.stream().map(AuditEntry::actorUsername).toList());
			return entries.stream();
		}, query -> (int) this.auditTrail.count(filter()));
		this.grid.setSizeFull();
		add(filters, this.grid);
	}

	private String actionLabel(AuditEntry entry) {
		return Translations.orFallback("audit.action." + entry.action(), entry.action());
	}

	private String changes(AuditEntry entry) {
		return entry.changes()
			.stream()
			.map(c -> fieldLabel(entry.entityType(), c.field()) + ": " + blank(c.oldValue()) + " → "
					+ blank(c.newValue()))
			.collect(Collectors.joining("；"));
	}

	private String fieldLabel(String entityType, String field) {
		return Translations.orFallback("field." + entityType.toLowerCase(java.util.Locale.ROOT) + "." + field, field);
	}

	private static String blank(@Nullable String value) {
		return value == null ? "∅" : value;
	}

	AuditFilter filter() {
		return new AuditFilter(this.entityType.getValue(), this.actor.getValue(), this.action.getValue(),
				start(this.from.getValue()), start(this.to.getValue() == null ? null : this.to.getValue().plusDays(1)));
	}

	private static java.time.@Nullable Instant start(@Nullable LocalDate date) {
		return date == null ? null : date.atStartOfDay(DisplayTime.ZONE).toInstant();
	}

	private void refresh() {
		this.grid.getDataProvider().refreshAll();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.audit");
	}

}
