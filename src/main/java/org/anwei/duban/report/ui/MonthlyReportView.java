package org.anwei.duban.report.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.base.ui.BackgroundWork;
import org.anwei.duban.base.ui.DisplayTime;
import org.anwei.duban.base.ui.Notifications;
import org.anwei.duban.base.ui.StoredFileDownload;
import org.anwei.duban.report.MonthlyReportService;
import org.anwei.duban.report.MonthlyReportSummary;
import org.anwei.duban.report.ReportState;
import org.anwei.duban.report.ReportTemplates;
import org.anwei.duban.supervision.EscalationProperties;

/**
 * 月度通报: the reports by month. Staff generate a month's draft in the background, download
 * it, finish it in Word and issue it by uploading the final file; they also keep the
 * template. Leaders read the reports.
 */
@Route("reports")
@Menu(title = "menu.reports", order = 25, icon = "vaadin:file-text-o")
@RolesAllowed({ Roles.STAFF, Roles.LEADER })
public class MonthlyReportView extends VerticalLayout implements HasDynamicTitle {

	/** Months offered for a draft, the current one first. */
	private static final int MONTH_CHOICES = 24;

	final Grid<MonthlyReportSummary> grid = new Grid<>();

	final ComboBox<YearMonth> month = new ComboBox<>();

	final Button draft = new Button();

	private final MonthlyReportService reports;

	private final BackgroundWork background;

	MonthlyReportView(MonthlyReportService reports, ReportTemplates templates, BackgroundWork background,
			CurrentUser currentUser, EscalationProperties committee, Clock clock) {
		this.reports = reports;
		this.background = background;
		boolean staff = currentUser.require().hasRole(Role.STAFF);
		setSizeFull();
		Paragraph intro = new Paragraph(getTranslation("report.intro"));
		intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
		add(new H2(getTranslation("menu.reports")), intro);
		if (staff) {
			add(draftBar(LocalDate.ofInstant(clock.instant(), committee.zone())));
		}
		configureGrid(staff);
		add(this.grid);
		if (staff) {
			add(new TemplatePanel(templates));
		}
		refresh();
	}

	private HorizontalLayout draftBar(LocalDate today) {
		YearMonth current = YearMonth.from(today);
		List<YearMonth> months = new ArrayList<>();
		for (int i = 0; i < MONTH_CHOICES; i++) {
			months.add(current.minusMonths(i));
		}
		this.month.setItems(months);
		this.month.setItemLabelGenerator(m -> getTranslation("report.month-label", m.getYear(), m.getMonthValue()));
		this.month.setValue(current.minusMonths(1));
		this.month.setLabel(getTranslation("field.report.month"));
		this.month.setId("report-month");
		this.draft.setText(getTranslation("report.draft"));
		this.draft.setId("report-draft");
		this.draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.draft.addClickListener(e -> generate());
		HorizontalLayout bar = new HorizontalLayout(this.month, this.draft);
		bar.setAlignItems(FlexComponent.Alignment.BASELINE);
		bar.setWrap(true);
		return bar;
	}

	/**
	 * Generates the chosen month's draft in the background; the list shows it when ready.
	 */
	private void generate() {
		YearMonth chosen = this.month.getValue();
		if (chosen == null) {
			this.month.setInvalid(true);
			this.month.setErrorMessage(getTranslation("validation.required"));
			return;
		}
		this.month.setInvalid(false);
		UI ui = UI.getCurrent();
		this.draft.setEnabled(false);
		this.background.run(ui, getTranslation("report.drafting", chosen.getYear(), chosen.getMonthValue()), () -> {
			try {
				return this.reports.draft(chosen);
			}
			finally {
				ui.access(() -> this.draft.setEnabled(true));
			}
		}, summary -> {
			refresh();
			Notifications.success(getTranslation("report.drafted", summary.documentNumber()));
		});
	}

	private void configureGrid(boolean staff) {
		this.grid.setId("report-list");
		this.grid.setEmptyStateText(getTranslation(staff ? "report.empty.staff" : "report.empty.leader"));
		this.grid.addColumn(r -> getTranslation("report.month-label", r.month().getYear(), r.month().getMonthValue()))
			.setHeader(getTranslation("field.report.month"))
			.setKey("month")
			.setAutoWidth(true);
		this.grid.addColumn(MonthlyReportSummary::documentNumber)
			.setHeader(getTranslation("field.report.number"))
			.setKey("number")
			.setAutoWidth(true);
		this.grid.addColumn(r -> getTranslation(r.state().labelKey()))
			.setHeader(getTranslation("field.report.state"))
			.setKey("state")
			.setAutoWidth(true);
		this.grid
			.addColumn(r -> r.issuedAt() != null ? DisplayTime.minutes(r.issuedAt()) + " " + r.issuedBy()
					: DisplayTime.minutes(r.draftedAt()) + " " + r.draftedBy())
			.setHeader(getTranslation("field.report.changed"))
			.setKey("changed")
			.setAutoWidth(true);
		this.grid.addComponentColumn(r -> actions(r, staff))
			.setHeader(getTranslation("field.report.actions"))
			.setKey("actions");
		this.grid.setAllRowsVisible(true);
	}

	private HorizontalLayout actions(MonthlyReportSummary report, boolean staff) {
		Anchor download = new Anchor(
				StoredFileDownload.of(() -> this.reports.download(report.id()), report.documentNumber() + ".docx"),
				getTranslation("report.download"));
		download.getElement().setAttribute("download", true);
		download.setId("report-download-" + report.month());
		HorizontalLayout actions = new HorizontalLayout(download);
		if (staff && report.state() == ReportState.DRAFT) {
			Button issue = new Button(getTranslation("report.issue"),
					e -> new IssueReportDialog(this.reports, report, this::refresh).open());
			issue.addThemeVariants(ButtonVariant.LUMO_SMALL);
			issue.setId("report-issue-" + report.month());
			actions.add(issue);
		}
		actions.setAlignItems(FlexComponent.Alignment.CENTER);
		return actions;
	}

	void refresh() {
		this.grid.setItems(this.reports.list());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.reports");
	}

}
