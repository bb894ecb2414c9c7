package org.anwei.duban.task.ui;

import java.util.List;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.anwei.duban.base.i18n.Translations;
import org.anwei.duban.base.security.PeopleNames;
import org.anwei.duban.base.ui.PersonLabels;
import org.anwei.duban.audit.AuditEntry;
import org.anwei.duban.base.ui.StoredFileDownload;
import org.anwei.duban.base.ui.DisplayTime;
import org.anwei.duban.task.AttachmentSummary;
import org.anwei.duban.extension.ui.ExtensionList;
import org.anwei.duban.supervision.ui.NoticeList;
import org.anwei.duban.audit.ui.HistoryLine;
import org.anwei.duban.supervision.SupervisionService;
import org.anwei.duban.task.ReportDetails;
import org.anwei.duban.task.TaskDetails;
import org.anwei.duban.task.TaskQueries;

/**
 * What was said about a task (reports, reviews, instructions, with photos and files), its
 * extension requests, and its full history of changes.
 */
class TaskTimeline extends Div {

	private final TaskQueries queries;

	private final SupervisionService supervision;

	private final transient PeopleNames people;

	TaskTimeline(TaskQueries queries, SupervisionService supervision, PeopleNames people) {
		this.queries = queries;
		this.people = people;
		this.supervision = supervision;
		setId("task-timeline");
	}

	void show(TaskDetails task) {
		removeAll();
		List<AuditEntry> history = this.queries.history(task.id());
		List<String> usernames = new java.util.ArrayList<>();
		task.reports().forEach(r -> usernames.add(r.createdBy()));
		task.extensions().forEach(e -> usernames.add(e.requestedBy()));
		history.forEach(e -> usernames.add(e.actorUsername()));
		PersonLabels names = PersonLabels.of(this.people, usernames);
		add(new H3(getTranslation("task.reports")));
		if (task.reports().isEmpty()) {
			add(new Span(getTranslation("task.no-reports")));
		}
		for (ReportDetails report : task.reports().reversed()) {
			Div entry = new Div();
			entry.addClassName("task-report");
			entry.setId("report-" + report.id());
			Span heading = new Span(getTranslation(report.kind().labelKey()) + " · "
					+ (report.departmentName() == null ? "" : report.departmentName() + " · ")
					+ names.name(report.createdBy()) + " · " + DisplayTime.minutes(report.createdAt()));
			heading.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
			entry.add(heading);
			if (!report.text().isBlank()) {
				entry.add(new Div(report.text()));
			}
			for (AttachmentSummary attachment : report.attachments()) {
				entry.add(attachment(task.id(), attachment));
			}
			add(entry);
		}
		add(new ExtensionList(task.extensions(), names));
		add(new NoticeList(this.supervision, TaskQueries.SUPERVISED_TYPE, task.id(), "task.notices"));
		add(new H3(getTranslation("task.history")));
		history.forEach(entry -> add(new HistoryLine(entry, names, "field.task.")));
	}

	private Div attachment(long taskId, AttachmentSummary a) {
		Anchor download = new Anchor(
				StoredFileDownload.of(() -> this.queries.attachment(taskId, a.id(), false), a.filename()),
				a.filename() + "（" + Math.max(1, a.sizeBytes() / 1024) + " KB）");
		download.getElement().setAttribute("download", true);
		Div box = new Div(download);
		if (a.isImage()) {
			Image thumbnail = new Image(DownloadHandler.fromInputStream(event -> {
				byte[] bytes = this.queries.attachment(taskId, a.id(), true);
				return new DownloadResponse(new ByteArrayInputStream(bytes), "thumbnail.png", "image/png",
						bytes.length);
			}), a.filename());
			thumbnail.addClassName("task-thumbnail");
			box.addComponentAsFirst(thumbnail);
		}
		return box;
	}

}
