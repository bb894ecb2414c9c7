package org.anwei.duban.meeting.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;
import org.anwei.duban.base.ui.FilterBar;
import org.anwei.duban.base.ui.PhoneColumns;
import org.anwei.duban.base.ui.UrlParameters;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.meeting.MeetingFilter;
import org.anwei.duban.meeting.MeetingListItem;
import org.anwei.duban.meeting.MeetingService;
import org.anwei.duban.meeting.MeetingStatus;

/**
 * Meetings: a lazy list filtered by text, date range and status, kept in the URL. Staff
 * open a meeting or start a new one; leaders read.
 */
@Route("meetings")
@Menu(title = "menu.meetings", order = 10, icon = "vaadin:calendar-briefcase")
@RolesAllowed({ Roles.STAFF, Roles.LEADER })
public class MeetingListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final TextField search = new TextField();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final Select<MeetingStatus> status = new Select<>();

	final Grid<MeetingListItem> grid = new Grid<>();

	private final MeetingService meetings;

	MeetingListView(MeetingService meetings, CurrentUser currentUser) {
		this.meetings = meetings;
		setSizeFull();
		this.search.setPlaceholder(getTranslation("meeting.search"));
		this.search.setAriaLabel(getTranslation("meeting.search"));
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setClearButtonVisible(true);
		this.search.setId("meeting-search");
		this.from.setPlaceholder(getTranslation("audit.from"));
		this.from.setAriaLabel(getTranslation("audit.from"));
		this.to.setPlaceholder(getTranslation("audit.to"));
		this.to.setAriaLabel(getTranslation("audit.to"));
		this.status.setItems(MeetingStatus.values());
		this.status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : getTranslation(s.labelKey()));
		this.status.setEmptySelectionAllowed(true);
		this.status.setEmptySelectionCaption(getTranslation("filter.all"));
		this.search.addValueChangeListener(e -> filterChanged());
		this.from.addValueChangeListener(e -> filterChanged());
		this.to.addValueChangeListener(e -> filterChanged());
		this.status.addValueChangeListener(e -> filterChanged());
		FilterBar toolbar = new FilterBar(this.search, this.from, this.to, this.status);
		if (currentUser.get().map(u -> u.hasRole(Role.STAFF)).orElse(false)) {
			Button create = new Button(getTranslation("action.new"), VaadinIcon.PLUS.create(),
					e -> getUI().ifPresent(ui -> ui.navigate(MeetingView.class, MeetingView.route(MeetingView.NEW))));
			create.setId("meeting-new");
			create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			toolbar.addActions(create);
		}

		this.grid.setId("meeting-grid");
		this.grid.setEmptyStateText(getTranslation("meeting.empty"));
		this.grid.addColumn(MeetingListItem::date)
			.setHeader(getTranslation("field.meeting.date"))
			.setSortProperty("date")
			.setAutoWidth(true)
			.setFlexGrow(0);
		PhoneColumns.Cell<MeetingListItem> opens = PhoneColumns.Cell.link(m -> "meetings/" + m.id());
		var title = this.grid.addColumn(PhoneColumns.mainColumn(MeetingListItem::title, opens))
			.setHeader(getTranslation("field.meeting.title"))
			.setSortProperty("title")
			.setFlexGrow(3);
		var kind = this.grid.addColumn(m -> getTranslation(m.kind().labelKey()))
			.setHeader(getTranslation("field.meeting.kind"));
		var level = this.grid.addColumn(m -> getTranslation(m.level().labelKey()))
			.setHeader(getTranslation("field.meeting.level"));
		var status = this.grid.addColumn(m -> getTranslation(m.status().labelKey()))
			.setHeader(getTranslation("meeting.status"));
		PhoneColumns.fold(
				this.grid, title, MeetingListItem::title, opens, m -> getTranslation(m.kind().labelKey()) + " · "
						+ getTranslation(m.level().labelKey()) + " · " + getTranslation(m.status().labelKey()),
				kind, level, status);
		this.grid.setItems(
				query -> this.meetings.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
				query -> (int) this.meetings.count(filter()));
		this.grid.addItemClickListener(e -> getUI()
			.ifPresent(ui -> ui.navigate(MeetingView.class, MeetingView.route(String.valueOf(e.getItem().id())))));
		this.grid.setSizeFull();
		add(toolbar, this.grid);
	}

	MeetingFilter filter() {
		return new MeetingFilter(this.search.getValue(), this.from.getValue(), this.to.getValue(), null, null,
				this.status.getValue());
	}

	private void filterChanged() {
		this.grid.getDataProvider().refreshAll();
		Map<String, String> parameters = new LinkedHashMap<>();
		if (!this.search.getValue().isBlank()) {
			parameters.put("q", this.search.getValue());
		}
		if (this.from.getValue() != null) {
			parameters.put("from", this.from.getValue().toString());
		}
		if (this.to.getValue() != null) {
			parameters.put("to", this.to.getValue().toString());
		}
		if (this.status.getValue() != null) {
			parameters.put("status", this.status.getValue().name());
		}
		UrlParameters.show(this, "meetings", parameters);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters parameters = event.getLocation().getQueryParameters();
		parameters.getSingleParameter("q").ifPresent(this.search::setValue);
		parameters.getSingleParameter("from").flatMap(MeetingListView::date).ifPresent(this.from::setValue);
		parameters.getSingleParameter("to").flatMap(MeetingListView::date).ifPresent(this.to::setValue);
		parameters.getSingleParameter("status")
			.flatMap(s -> java.util.Arrays.stream(MeetingStatus.values()).filter(v -> v.name().equals(s)).findFirst())
			.ifPresent(this.status::setValue);
	}

	/**
	 * A hand-edited URL with a bad date shows the unfiltered list rather than an error.
	 */
	private static java.util.Optional<LocalDate> date(String text) {
		try {
			return java.util.Optional.of(LocalDate.parse(text));
		}
		catch (java.time.format.DateTimeParseException ex) {
			return java.util.Optional.empty();
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.meetings");
	}

}
