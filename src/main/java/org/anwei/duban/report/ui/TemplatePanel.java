package org.anwei.duban.report.ui;

import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;

import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.ui.ErrorMessages;
import org.anwei.duban.base.ui.Notifications;
import org.anwei.duban.base.ui.ReceivedFiles;
import org.anwei.duban.base.ui.StoredFileDownload;
import org.anwei.duban.base.ui.UploadTexts;
import org.anwei.duban.report.ReportTemplates;
import org.anwei.duban.report.ReportPlaceholder;

/**
 * The report's template: which one is in use, download it to change it in Word, upload
 * the changed one (checked at once), or return to the built-in one; with the placeholders
 * a template may hold and what each becomes.
 */
class TemplatePanel extends Details {

	final ReceivedFiles received = new ReceivedFiles(IssueReportDialog.MAX_BYTES, 1);

	final Paragraph inUse = new Paragraph();

	private final ReportTemplates templates;

	TemplatePanel(ReportTemplates templates) {
		this.templates = templates;
		setSummaryText(getTranslation("report.template"));
		setId("report-template");
		Anchor download = new Anchor(StoredFileDownload.of(templates::template, "月度通报模板.docx"),
				getTranslation("report.template.download"));
		download.getElement().setAttribute("download", true);
		download.setId("report-template-download");
		Upload upload = UploadTexts.localize(new Upload());
		upload.setUploadHandler(this.received.handler(upload, file -> upload(file.name(), file.bytes())));
		upload.setAcceptedFileTypes(".docx");
		upload.setMaxFiles(1);
		upload.setId("report-template-upload");
		Button builtIn = new Button(getTranslation("report.template.built-in"), e -> {
			templates.useBuiltIn();
			showInUse();
			Notifications.success(getTranslation("report.template.built-in-done"));
		});
		builtIn.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		builtIn.setId("report-template-built-in");
		HorizontalLayout actions = new HorizontalLayout(download, builtIn);
		actions.setAlignItems(FlexComponent.Alignment.CENTER);
		Grid<ReportPlaceholder> placeholders = new Grid<>();
		placeholders.setId("report-placeholders");
		placeholders.setEmptyStateText("—");
		placeholders.addColumn(ReportPlaceholder::written)
			.setHeader(getTranslation("report.placeholder"))
			.setAutoWidth(true);
		placeholders.addColumn(p -> getTranslation(p.descriptionKey()))
			.setHeader(getTranslation("report.placeholder.becomes"))
			.setFlexGrow(1);
		placeholders.setItems(Arrays.asList(ReportPlaceholder.values()));
		placeholders.setAllRowsVisible(true);
		VerticalLayout content = new VerticalLayout(this.inUse, new Paragraph(getTranslation("report.template.hint")),
				actions, upload, placeholders);
		content.setPadding(false);
		add(content);
		showInUse();
	}

	/** Uses the uploaded template, or says why not and keeps the one in use. */
	void upload(String name, byte[] content) {
		try {
			this.templates.upload(name, content);
			showInUse();
			Notifications.success(getTranslation("report.template.uploaded", name));
		}
		catch (ValidationException ex) {
			Notifications.error(ErrorMessages.of(this, ex));
		}
		finally {
			this.received.discard();
		}
	}

	private void showInUse() {
		this.inUse.setText(getTranslation(
				this.templates.ownTemplate() ? "report.template.own-in-use" : "report.template.built-in-in-use"));
	}

}
