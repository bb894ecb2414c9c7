package org.anwei.duban.task.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.anwei.duban.base.api.ApiPages;
import org.anwei.duban.base.api.ApiProblem;
import org.anwei.duban.task.AttachmentFile;
import org.anwei.duban.task.ExtensionService;
import org.anwei.duban.task.ReportKind;
import org.anwei.duban.task.StatusLight;
import org.anwei.duban.task.TaskDetails;
import org.anwei.duban.task.TaskFilter;
import org.anwei.duban.task.TaskListItem;
import org.anwei.duban.task.TaskQueries;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.TaskStatus;
import org.anwei.duban.evidence.Upload;
import org.anwei.duban.evidence.api.MultipartUploads;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Tasks for integrations and mobile clients, authenticated with a personal access token
 * ({@code Authorization: Bearer adb_…}) or HTTP Basic. Every call acts with the caller's
 * own rights: a liaison lists, reads and acts on their department's tasks only; anything
 * else is 404. Changes name the task version the client last read (409 if it moved on);
 * refused input is 422 with each field's message in the caller's language.
 */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks",
		description = "My tasks: list, read, sign, report with attachments, download them, request an extension")
class TaskApiController {

	private final TaskQueries queries;

	private final TaskService tasks;

	private final ExtensionService extensions;

	TaskApiController(TaskQueries queries, TaskService tasks, ExtensionService extensions) {
		this.queries = queries;
		this.tasks = tasks;
		this.extensions = extensions;
	}

	/** An extension request's body. */
	record ExtensionRequest(@Nullable Long version, @Nullable String reason, @Nullable LocalDate deadline) {
	}

	@Operation(summary = "List my tasks",
			description = "Soonest deadline first; optional status, light and text filters.")
	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	ApiPages.Page<TaskListItem> list(@RequestParam(name = "status", required = false) @Nullable TaskStatus status,
			@RequestParam(name = "light", required = false) @Nullable StatusLight light,
			@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "20") int size) {
		PageRequest request = ApiPages.request(page, size);
		TaskFilter filter = new TaskFilter(text, status, light, null, null, null, null, null);
		return new ApiPages.Page<>(this.queries.list(filter, request), this.queries.count(filter));
	}

	@Operation(summary = "Read a task", description = "With its departments, reports, extension requests and source.")
	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	TaskDetails get(@PathVariable("id") long id) {
		return this.queries.get(id);
	}

	@Operation(summary = "Download an attachment",
			description = "The file of a report as it was uploaded (ids from the task's reports).")
	@GetMapping(path = "/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable("id") long id, @PathVariable("attachmentId") long attachmentId) {
		AttachmentFile file = this.queries.attachmentFile(id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	@Operation(summary = "Sign for the task (签收) on behalf of my department")
	@PostMapping(path = "/{id}/sign", produces = MediaType.APPLICATION_JSON_VALUE)
	TaskDetails sign(@PathVariable("id") long id, @RequestParam("version") long version) {
		return this.tasks.sign(id, version);
	}

	@Operation(summary = "Submit a report with attachments",
			description = "kind: PROGRESS (any signed department), FEEDBACK (an assisting department's part) or "
					+ "COMPLETION (the lead's completion report); files: photos, PDF, Word/Excel, at most 10 "
					+ "files of 10 MB each and 32 MB per request.")
	@PostMapping(path = "/{id}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	TaskDetails report(@PathVariable("id") long id, @RequestParam("version") long version,
			@RequestParam("kind") ReportKind kind, @RequestParam("text") String text,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files) throws IOException {
		List<Upload> uploads = MultipartUploads.of(files);
		if (kind == ReportKind.COMPLETION) {
			return this.tasks.submit(id, version, text, uploads);
		}
		return this.tasks.report(id, version, kind, text, uploads);
	}

	@Operation(summary = "Request an extension (延期申请)", description = "Only the lead department; one at a time.")
	@PostMapping(path = "/{id}/extensions", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	TaskDetails requestExtension(@PathVariable("id") long id, @RequestBody ExtensionRequest body) {
		if (body.version() == null) {
			throw ApiProblem.badParameter("version", "api.error.missing");
		}
		return this.extensions.request(id, body.version(), body.reason() == null ? "" : body.reason(), body.deadline());
	}

}
