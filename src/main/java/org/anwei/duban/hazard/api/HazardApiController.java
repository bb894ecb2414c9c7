package org.anwei.duban.hazard.api;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.anwei.duban.base.api.ApiPages;
import org.anwei.duban.evidence.api.MultipartUploads;
import org.anwei.duban.hazard.HazardCommand;
import org.anwei.duban.hazard.HazardDetails;
import org.anwei.duban.hazard.HazardFilter;
import org.anwei.duban.hazard.HazardLevel;
import org.anwei.duban.hazard.HazardListItem;
import org.anwei.duban.hazard.HazardQueries;
import org.anwei.duban.hazard.HazardService;
import org.anwei.duban.hazard.HazardStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The hazard ledger for integrations and mobile inspection apps, authenticated like the
 * task API (personal access token or HTTP Basic) and acting with the caller's own rights:
 * a liaison lists, reads, registers and rectifies their department's hazards only, and
 * anything else is 404; staff see all. Lists have the same page shape as
 * {@code /api/v1/tasks}; changes name the version last read (409 if it moved on); refused
 * input is 422 with each field's message.
 */
@RestController
@RequestMapping("/api/v1/hazards")
@Tag(name = "Hazards", description = "The hazard ledger: list, read, register with photos, report rectification")
class HazardApiController {

	private final HazardQueries queries;

	private final HazardService hazards;

	HazardApiController(HazardQueries queries, HazardService hazards) {
		this.queries = queries;
		this.hazards = hazards;
	}

	@Operation(summary = "List hazards",
			description = "Newest found first; optional status, level, overdue and text " + "filters.")
	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	ApiPages.Page<HazardListItem> list(@RequestParam(name = "status", required = false) @Nullable HazardStatus status,
			@RequestParam(name = "level", required = false) @Nullable HazardLevel level,
			@RequestParam(name = "overdue", defaultValue = "false") boolean overdue,
			@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "20") int size) {
		PageRequest request = ApiPages.request(page, size);
		HazardFilter filter = new HazardFilter(text, level, status, null, null, null, null, overdue, false, null, null);
		return new ApiPages.Page<>(this.queries.list(filter, request), this.queries.count(filter));
	}

	@Operation(summary = "Read a hazard", description = "With its photos (without bytes) and acceptance checks.")
	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	HazardDetails get(@PathVariable("id") long id) {
		return this.queries.get(id);
	}

	@Operation(summary = "Register a hazard with photos",
			description = "Part 'hazard': the hazard as JSON (a major one needs all of 五落实); parts 'photos': up "
					+ "to 10 photos or documents as found.")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	HazardDetails register(@RequestPart("hazard") HazardCommand hazard,
			@RequestPart(name = "photos", required = false) @Nullable List<MultipartFile> photos) throws IOException {
		return this.hazards.register(hazard, MultipartUploads.of(photos));
	}

	@Operation(summary = "Start rectification (签收整改)")
	@PostMapping(path = "/{id}/start", produces = MediaType.APPLICATION_JSON_VALUE)
	HazardDetails start(@PathVariable("id") long id, @RequestParam("version") long version) {
		return this.hazards.start(id, version);
	}

	@Operation(summary = "Report the hazard rectified, with photos after",
			description = "It then waits for acceptance by the safety committee office.")
	@PostMapping(path = "/{id}/rectification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	HazardDetails reportRectified(@PathVariable("id") long id, @RequestParam("version") long version,
			@RequestParam("text") String text,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos) throws IOException {
		return this.hazards.reportRectified(id, version, text, MultipartUploads.of(photos));
	}

}
