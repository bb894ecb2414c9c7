package org.anwei.duban.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.ui.FormErrors;
import org.anwei.duban.base.ui.Notifications;
import org.anwei.duban.base.ui.ReceivedFiles;
import org.anwei.duban.base.ui.UploadTexts;
import org.anwei.duban.report.MonthlyReportService;
import org.anwei.duban.report.MonthlyReportSummary;

/**
 * Issues a drafted report with the Word file staff finished: the file is checked by the
 * service, and the report cannot be drafted again afterwards.
 */
class IssueReportDialog extends Dialog {

	/** A Word report with a few photos stays well below this. */
	static final long MAX_BYTES = 20L * 1024 * 1024;

	final ReceivedFiles received = new ReceivedFiles(MAX_BYTES, 1);

	final Button issue = new Button();

	/**
	 * The service's verdict: nothing here has a field of its own, so all of it is said.
	 */
	private final FormErrors errors = new FormErrors(this);

	private final MonthlyReportService reports;

	private final MonthlyReportSummary report;

	private final Runnable issued;

	IssueReportDialog(MonthlyReportService reports, MonthlyReportSummary report, Runnable issued) {
		this.reports = reports;
		this.report = report;
		this.issued = issued;
		setHeaderTitle(getTranslation("report.issue-title", report.documentNumber()));
		Upload upload = UploadTexts.localize(new Upload());
		upload.setUploadHandler(this.received.handler(upload, file -> this.issue.setEnabled(true)));
		upload.addFileRemovedListener(e -> {
			this.received.remove(e.getFileName());
			this.issue.setEnabled(!this.received.files().isEmpty());
		});
		upload.setAcceptedFileTypes(".docx");
		upload.setMaxFiles(1);
		upload.setId("report-issue-file");
		add(new Paragraph(getTranslation("report.issue-hint")), upload);
		this.issue.setText(getTranslation("report.issue"));
		this.issue.setId("report-issue-confirm");
		this.issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.issue.setEnabled(false);
		this.issue.addClickListener(e -> issue());
		getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), this.issue);
		addDetachListener(e -> this.received.discard());
	}

	private void issue() {
		ReceivedFiles.ReceivedFile file = this.received.files().getFirst();
		try {
			MonthlyReportSummary done = this.reports.issue(this.report.id(), this.report.version(), file.name(),
					file.bytes());
			close();
			this.issued.run();
			Notifications.success(getTranslation("report.issued", done.documentNumber()));
		}
		catch (ValidationException ex) {
			this.errors.show(ex);
		}
		catch (ConcurrentEditException ex) {
			this.errors.show(ex);
		}
	}

}
