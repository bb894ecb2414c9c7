package org.anwei.duban.task.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.i18n.Languages;
import org.anwei.duban.base.i18n.Translations;
import org.anwei.duban.task.ExtensionService;
import org.anwei.duban.task.ReportKind;
import org.anwei.duban.task.StatusLight;
import org.anwei.duban.task.TaskDetails;
import org.anwei.duban.task.TaskFilter;
import org.anwei.duban.task.TaskListItem;
import org.anwei.duban.task.TaskQueries;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.TaskStatus;
import org.anwei.duban.task.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
@Tag(name = "Tasks", description = "My tasks: list, read, sign, report with attachments, request an extension")
class TaskApiController {

	static final int MAX_PAGE = 100;

	private final TaskQueries queries;

	private final TaskService tasks;

	private final ExtensionService extensions;

	private final Translations translations;

	TaskApiController(TaskQueries queries, TaskService tasks, ExtensionService extensions, Translations translations) {
		this.queries = queries;
		this.tasks = tasks;
		this.extensions = extensions;
		this.translations = translations;
	}

	/** A page of tasks and the total number matching. */
	record TaskPage(List<TaskListItem> items, long total) {
	}

	/** An extension request's body. */
	record ExtensionRequest(long version, String reason, @Nullable LocalDate deadline) {
	}

	@Operation(summary = "List my tasks",
			description = "Soonest deadline first; optional status, light and text filters.")
	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	TaskPage list(@RequestParam(name = "status", required = false) @Nullable TaskStatus status,
			@RequestParam(name = "light", required = false) @Nullable StatusLight light,
			@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "20") int size) {
		TaskFilter filter = new TaskFilter(text, status, light, null, null, null, null, null);
		PageRequest request = PageRequest.of(Math.max(0, page), Math.max(1, Math.min(MAX_PAGE, size)));
		return new TaskPage(this.queries.list(filter, request), this.queries.count(filter));
	}

	@Operation(summary = "Read a task", description = "With its departments, reports, extension requests and source.")
	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	TaskDetails get(@PathVariable("id") long id) {
		return this.queries.get(id);
	}

	@Operation(summary = "Sign for the task (签收) on behalf of my department")
	@PostMapping(path = "/{id}/sign", produces = MediaType.APPLICATION_JSON_VALUE)
	TaskDetails sign(@PathVariable("id") long id, @RequestParam("version") long version) {
		return this.tasks.sign(id, version);
	}

	@Operation(summary = "Submit a report with attachments",
			description = "kind: PROGRESS (any signed department), FEEDBACK (an assisting department's part) or "
					+ "COMPLETION (the lead's completion report); files: photos, PDF, Word/Excel, 10 MB each.")
	@PostMapping(path = "/{id}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	TaskDetails report(@PathVariable("id") long id, @RequestParam("version") long version,
			@RequestParam("kind") ReportKind kind, @RequestParam("text") String text,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files) throws IOException {
		List<Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			uploads.add(new Upload(file.getOriginalFilename() == null ? "file" : file.getOriginalFilename(),
					file.getBytes()));
		}
		if (kind == ReportKind.COMPLETION) {
			return this.tasks.submit(id, version, text, uploads);
		}
		return this.tasks.report(id, version, kind, text, uploads);
	}

	@Operation(summary = "Request an extension (延期申请)", description = "Only the lead department; one at a time.")
	@PostMapping(path = "/{id}/extensions", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	TaskDetails requestExtension(@PathVariable("id") long id, @RequestBody ExtensionRequest body) {
		return this.extensions.request(id, body.version(), body.reason(), body.deadline());
	}

	@ExceptionHandler(ValidationException.class)
	ResponseEntity<Map<String, Object>> refused(ValidationException ex, HttpServletRequest request) {
		Locale locale = locale(request);
		List<Map<String, String>> errors = ex.errors()
			.stream()
			.map(e -> Map.of("field", e.field(), "message", this.translations.message(locale, e)))
			.toList();
		return ResponseEntity.unprocessableContent().body(Map.of("errors", errors));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Map<String, String>> notFound(NotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not-found"));
	}

	@ExceptionHandler(ConcurrentEditException.class)
	ResponseEntity<Map<String, String>> conflict(ConcurrentEditException ex, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Map.of("error", "conflict", "message", this.translations.translate(locale(request),
					"error.concurrent-edit", this.translations.translate(locale(request), ex.entityKey()))));
	}

	private static Locale locale(HttpServletRequest request) {
		String language = request.getHeader("Accept-Language");
		return language == null ? Languages.DEFAULT : Languages.fromTag(language.split(",")[0].strip());
	}

}
