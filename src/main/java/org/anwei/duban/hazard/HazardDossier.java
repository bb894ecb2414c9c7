package org.anwei.duban.hazard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.anwei.duban.audit.AuditEntry;
import org.anwei.duban.base.documents.PdfComposer;
import org.anwei.duban.base.i18n.Translations;
import org.anwei.duban.base.security.PeopleNames;
import org.anwei.duban.base.ui.DisplayTime;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One hazard's file (一案一档) as a PDF for the archive and for inspectors: every field of
 * the record, the photos before, after and at acceptance, the acceptance checks, and the
 * full history of who changed what and when — in the reader's language, with a Chinese
 * font embedded.
 */
@Service
public class HazardDossier {

	private static final int PHOTOS_PER_ROW = 3;

	private final HazardQueries queries;

	private final Translations translations;

	private final PeopleNames people;

	HazardDossier(HazardQueries queries, Translations translations, PeopleNames people) {
		this.queries = queries;
		this.translations = translations;
		this.people = people;
	}

	@PreAuthorize(HazardQueries.READERS)
	public String fileName(HazardDetails hazard) {
		return hazard.number() + ".pdf";
	}

	/** The file of a hazard the caller may see (others are "not found"). */
	@PreAuthorize(HazardQueries.READERS)
	@Transactional(readOnly = true)
	public byte[] pdf(long id, Locale locale) {
		HazardDetails h = this.queries.get(id);
		List<AuditEntry> history = this.queries.history(id).reversed();
		Set<String> usernames = new HashSet<>();
		history.forEach(e -> usernames.add(Objects.toString(e.actorUsername(), "")));
		h.acceptances().forEach(a -> usernames.add(a.acceptedBy()));
		Map<String, String> names = this.people.namesOf(usernames);
		try (PdfComposer pdf = PdfComposer.create()) {
			pdf.line(t(locale, "hazard.dossier.title"), 20, PdfComposer.Align.CENTER)
				.line(h.number() + "  " + h.unitName(), 13, PdfComposer.Align.CENTER)
				.space(8);
			section(pdf, locale, "hazard.dossier.record");
			field(pdf, locale, "field.hazard.status",
					t(locale, h.status().labelKey()) + (h.overdue() ? "（" + t(locale, "hazard.overdue") + "）" : ""));
			field(pdf, locale, "field.hazard.level", t(locale, h.level().labelKey()));
			field(pdf, locale, "field.hazard.type", t(locale, h.type().labelKey()));
			field(pdf, locale, "field.hazard.source", t(locale, h.source().labelKey()));
			field(pdf, locale, "field.hazard.foundOn", h.foundOn().toString());
			field(pdf, locale, "field.hazard.unitName", h.unitName());
			field(pdf, locale, "field.hazard.creditCode", h.creditCode());
			field(pdf, locale, "field.hazard.industry", t(locale, h.industry().labelKey()));
			field(pdf, locale, "field.hazard.address",
					h.district() + (h.street() == null ? "" : " " + h.street()) + " " + h.address());
			field(pdf, locale, "field.hazard.coordinates",
					h.latitude() == null ? null : h.latitude() + ", " + h.longitude());
			field(pdf, locale, "field.hazard.description", h.description());
			field(pdf, locale, "field.hazard.reboundOf", h.reboundOfNumber());
			section(pdf, locale, "hazard.five-assurances");
			field(pdf, locale, "field.hazard.responsibleDepartment", h.responsibleDepartmentName());
			field(pdf, locale, "field.hazard.supervisingDepartment", h.supervisingDepartmentName());
			field(pdf, locale, "field.hazard.rectificationOwner", h.rectificationOwner());
			field(pdf, locale, "field.hazard.measures", h.measures());
			field(pdf, locale, "field.hazard.funds", h.funds() == null ? null : h.funds().toPlainString());
			field(pdf, locale, "field.hazard.timeLimit", h.timeLimit().toString());
			field(pdf, locale, "field.hazard.emergencyPlan", h.emergencyPlan());
			if (h.listingLevel() != null) {
				field(pdf, locale, "field.hazard.listingLevel",
						t(locale, h.listingLevel().labelKey()) + " " + Objects.toString(h.listingDocument(), ""));
			}
			photos(pdf, locale, h);
			if (!h.acceptances().isEmpty()) {
				section(pdf, locale, "hazard.acceptances");
				for (AcceptanceSummary a : h.acceptances()) {
					pdf.paragraph(DisplayTime.minutes(a.acceptedAt()) + "  "
							+ names.getOrDefault(a.acceptedBy(), a.acceptedBy()) + "  "
							+ t(locale, a.passed() ? "hazard.action.pass" : "hazard.action.fail")
							+ (a.conclusion().isBlank() ? "" : "：" + a.conclusion()), 10);
				}
			}
			section(pdf, locale, "task.history");
			for (AuditEntry entry : history) {
				String who = entry.actorUsername() == null ? ""
						: names.getOrDefault(entry.actorUsername(), entry.actorUsername());
				String changes = entry.changes()
					.stream()
					.filter(c -> !Objects.equals(c.oldValue(), c.newValue()))
					.map(c -> t(locale, "field.hazard." + c.field()) + "：" + Objects.toString(c.oldValue(), "") + " → "
							+ Objects.toString(c.newValue(), ""))
					.collect(Collectors.joining("；"));
				pdf.paragraph(DisplayTime.minutes(entry.occurredAt()) + "  " + who + "  "
						+ t(locale, "audit.action." + entry.action()) + (changes.isEmpty() ? "" : "　" + changes), 9);
			}
			return pdf.finish();
		}
	}

	/**
	 * The photos of each phase in rows of three, each captioned with its phase and file.
	 */
	private void photos(PdfComposer pdf, Locale locale, HazardDetails h) {
		List<PhotoSummary> images = h.photos().stream().filter(PhotoSummary::isImage).toList();
		if (images.isEmpty()) {
			return;
		}
		section(pdf, locale, "field.hazard.photos");
		for (PhotoPhase phase : PhotoPhase.values()) {
			List<PhotoSummary> ofPhase = images.stream().filter(p -> p.phase() == phase).toList();
			for (int i = 0; i < ofPhase.size(); i += PHOTOS_PER_ROW) {
				List<PhotoSummary> row = ofPhase.subList(i, Math.min(ofPhase.size(), i + PHOTOS_PER_ROW));
				List<byte[]> bytes = new ArrayList<>();
				List<String> captions = new ArrayList<>();
				for (PhotoSummary photo : row) {
					bytes.add(this.queries.photo(h.id(), photo.id(), false));
					captions.add(t(locale, phase.labelKey()) + " · " + DisplayTime.minutes(photo.uploadedAt()));
				}
				pdf.images(bytes, captions, 130, 8);
			}
		}
	}

	private void section(PdfComposer pdf, Locale locale, String key) {
		pdf.space(6).line(t(locale, key), 14, PdfComposer.Align.LEFT);
	}

	private void field(PdfComposer pdf, Locale locale, String labelKey, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			pdf.paragraph(t(locale, labelKey) + "：" + value, 11);
		}
	}

	private String t(Locale locale, String key, Object... arguments) {
		return this.translations.getTranslation(key, locale, arguments);
	}

}
