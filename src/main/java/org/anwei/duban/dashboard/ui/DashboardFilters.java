package org.anwei.duban.dashboard.ui;

import org.anwei.duban.organization.ui.DepartmentParameter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.anwei.duban.base.ReportingPeriod;
import org.anwei.duban.base.ui.FilterBar;
import org.anwei.duban.base.ui.UrlParameters;
import org.anwei.duban.dashboard.DashboardFilter;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.meeting.MeetingListItem;
import org.anwei.duban.organization.DepartmentRef;

/**
 * The dashboard's filters and their place in the URL (period, from, to, meeting,
 * department, category, district), so a leader can bookmark or share a view. A period
 * preset fills the dates; changing a date makes the period custom.
 */
class DashboardFilters extends Div {

	final Select<PeriodPreset> preset = new Select<>();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final ComboBox<MeetingListItem> meeting = new ComboBox<>();

	final ComboBox<DepartmentRef> department = new ComboBox<>();

	final Select<DirectiveCategory> category = new Select<>();

	final Select<String> district = new Select<>();

	private final LocalDate today;

	private boolean quiet;

	DashboardFilters(LocalDate today, List<MeetingListItem> meetings, List<DepartmentRef> departments,
			List<String> districts, Runnable onChange) {
		this.today = today;
		this.preset.setItems(PeriodPreset.values());
		this.preset.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
		this.preset.setAriaLabel(getTranslation("field.dashboard.period"));
		this.preset.setId("dashboard-period");
		this.from.setAriaLabel(getTranslation("dashboard.from"));
		this.from.setPlaceholder(getTranslation("dashboard.from"));
		this.from.setId("dashboard-from");
		this.to.setAriaLabel(getTranslation("dashboard.to"));
		this.to.setPlaceholder(getTranslation("dashboard.to"));
		this.to.setId("dashboard-to");
		this.meeting.setItems(meetings);
		this.meeting.setItemLabelGenerator(m -> m.date() + " " + m.title());
		this.meeting.setPlaceholder(getTranslation("dashboard.any-meeting"));
		this.meeting.setAriaLabel(getTranslation("dashboard.meeting"));
		this.meeting.setClearButtonVisible(true);
		this.meeting.setId("dashboard-meeting");
		this.department.setItems(departments);
		this.department.setItemLabelGenerator(DepartmentRef::name);
		this.department.setPlaceholder(getTranslation("dashboard.any-department"));
		this.department.setAriaLabel(getTranslation("dashboard.department"));
		this.department.setClearButtonVisible(true);
		this.department.setId("dashboard-department");
		this.category.setItems(DirectiveCategory.values());
		this.category
			.setItemLabelGenerator(c -> c == null ? getTranslation("task.any-category") : getTranslation(c.labelKey()));
		this.category.setEmptySelectionAllowed(true);
		this.category.setEmptySelectionCaption(getTranslation("task.any-category"));
		this.category.setAriaLabel(getTranslation("dashboard.category"));
		this.category.setId("dashboard-category");
		this.district.setItems(districts);
		this.district.setItemLabelGenerator(d -> d == null ? getTranslation("dashboard.any-district") : d);
		this.district.setEmptySelectionAllowed(true);
		this.district.setEmptySelectionCaption(getTranslation("dashboard.any-district"));
		this.district.setAriaLabel(getTranslation("dashboard.district"));
		this.district.setHelperText(getTranslation("dashboard.district.help"));
		this.district.setId("dashboard-district");
		choose(PeriodPreset.THIS_MONTH);
		this.preset.addValueChangeListener(e -> {
			if (!this.quiet && e.getValue() != null && e.getValue() != PeriodPreset.CUSTOM) {
				choose(e.getValue());
				onChange.run();
			}
		});
		this.from.addValueChangeListener(e -> datesChanged(onChange));
		this.to.addValueChangeListener(e -> datesChanged(onChange));
		this.meeting.addValueChangeListener(e -> changed(onChange));
		this.department.addValueChangeListener(e -> changed(onChange));
		this.category.addValueChangeListener(e -> changed(onChange));
		this.district.addValueChangeListener(e -> changed(onChange));
		add(new FilterBar(this.preset, this.from, this.to, this.meeting, this.department, this.category,
				this.district));
	}

	/**
	 * The chosen filter; a range with its ends swapped or missing falls back to the
	 * preset.
	 */
	DashboardFilter value() {
		LocalDate start = this.from.getValue();
		LocalDate end = this.to.getValue();
		ReportingPeriod period = start != null && end != null && !end.isBefore(start) ? new ReportingPeriod(start, end)
				: this.preset.getOptionalValue().orElse(PeriodPreset.THIS_MONTH).period(this.today);
		DepartmentRef d = this.department.getValue();
		MeetingListItem m = this.meeting.getValue();
		return new DashboardFilter(period, m == null ? null : m.id(), d == null ? null : d.id(),
				this.category.getValue(), this.district.getValue());
	}

	/** The chosen meeting, department, category and district in words, for a handout. */
	List<String> described() {
		List<String> words = new java.util.ArrayList<>();
		this.meeting.getOptionalValue().ifPresent(m -> words.add(this.meeting.getItemLabelGenerator().apply(m)));
		this.department.getOptionalValue().ifPresent(d -> words.add(d.name()));
		this.category.getOptionalValue().ifPresent(c -> words.add(getTranslation(c.labelKey())));
		this.district.getOptionalValue().ifPresent(words::add);
		return words;
	}

	Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		PeriodPreset chosen = this.preset.getValue();
		UrlParameters.put(parameters, "period", chosen);
		if (chosen == PeriodPreset.CUSTOM) {
			UrlParameters.put(parameters, "from", this.from.getValue());
			UrlParameters.put(parameters, "to", this.to.getValue());
		}
		MeetingListItem m = this.meeting.getValue();
		UrlParameters.put(parameters, "meeting", m == null ? null : m.id());
		DepartmentRef d = this.department.getValue();
		UrlParameters.put(parameters, "department", d == null ? null : d.code());
		UrlParameters.put(parameters, "category", this.category.getValue());
		UrlParameters.put(parameters, "district", this.district.getValue());
		return parameters;
	}

	/** Takes the filters from the URL; a value it does not know is left out. */
	void read(QueryParameters parameters) {
		this.quiet = true;
		try {
			PeriodPreset chosen = parameters.getSingleParameter("period")
				.flatMap(p -> UrlParameters.named(PeriodPreset.values(), p))
				.orElse(PeriodPreset.THIS_MONTH);
			choose(chosen);
			if (chosen == PeriodPreset.CUSTOM) {
				parameters.getSingleParameter("from").flatMap(UrlParameters::date).ifPresent(this.from::setValue);
				parameters.getSingleParameter("to").flatMap(UrlParameters::date).ifPresent(this.to::setValue);
			}
			this.meeting.setValue(parameters.getSingleParameter("meeting")
				.flatMap(id -> this.meeting.getListDataView()
					.getItems()
					.filter(m -> id.equals(String.valueOf(m.id())))
					.findFirst())
				.orElse(null));
			this.department.setValue(DepartmentParameter.read(parameters, this.department).orElse(null));
			this.category.setValue(parameters.getSingleParameter("category")
				.flatMap(c -> UrlParameters.named(DirectiveCategory.values(), c))
				.orElse(null));
			this.district.setValue(parameters.getSingleParameter("district")
				.filter(d -> this.district.getListDataView().getItems().anyMatch(d::equals))
				.orElse(null));
		}
		finally {
			this.quiet = false;
		}
	}

	private void choose(PeriodPreset chosen) {
		boolean was = this.quiet;
		this.quiet = true;
		this.preset.setValue(chosen);
		if (chosen != PeriodPreset.CUSTOM) {
			ReportingPeriod period = chosen.period(this.today);
			this.from.setValue(period.from());
			this.to.setValue(period.to());
		}
		this.quiet = was;
	}

	private void datesChanged(Runnable onChange) {
		if (this.quiet) {
			return;
		}
		this.quiet = true;
		this.preset.setValue(PeriodPreset.CUSTOM);
		this.quiet = false;
		onChange.run();
	}

	private void changed(Runnable onChange) {
		if (!this.quiet) {
			onChange.run();
		}
	}

}
