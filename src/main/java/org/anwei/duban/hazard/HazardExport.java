package org.anwei.duban.hazard;

import org.anwei.duban.base.Keyset;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.anwei.duban.audit.AuditEntry;
import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.i18n.Translations;
import org.anwei.duban.base.importing.ImportColumn;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.ui.DisplayTime;
import org.anwei.duban.hazard.internal.Hazard;
import org.anwei.duban.hazard.internal.HazardRepository;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.supervision.EscalationProperties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger as Excel, in the layout it is imported in ({@link HazardImportColumns}, with
 * 序号 first), for any filter the list shows — so an exported ledger imports back
 * unchanged. Streamed: hazards are read a page at a time and the workbook keeps a small
 * window of rows in memory, so 100,000 hazards need no more memory than 1,000. With the
 * history, a second sheet lists every recorded change of every exported hazard.
 */
@Service
public class HazardExport {

	private static final int PAGE = 1000;

	private final HazardRepository hazards;

	private final DepartmentService departments;

	private final AuditTrail auditTrail;

	private final Translations translations;

	private final EntityManager entityManager;

	private final HazardAccess access;

	private final EscalationProperties escalation;

	private final Clock clock;

	HazardExport(HazardRepository hazards, DepartmentService departments, AuditTrail auditTrail,
			Translations translations, EntityManager entityManager, CurrentUser currentUser,
			EscalationProperties escalation, Clock clock) {
		this.hazards = hazards;
		this.departments = departments;
		this.auditTrail = auditTrail;
		this.translations = translations;
		this.entityManager = entityManager;
		this.access = new HazardAccess(currentUser);
		this.escalation = escalation;
		this.clock = clock;
	}

	/** The file name, as in {@code 隐患台账-2026-12-02.xlsx}. */
	@PreAuthorize(HazardQueries.READERS)
	public String fileName(Locale locale) {
		return t(locale, "hazard.export.file") + "-" + LocalDate.ofInstant(this.clock.instant(), DisplayTime.ZONE)
				+ ".xlsx";
	}

	/**
	 * Writes the hazards the filter selects within the caller's scope; returns how many.
	 */
	@PreAuthorize(HazardQueries.READERS)
	@Transactional(readOnly = true)
	public int write(HazardFilter filter, boolean withHistory, Locale locale, OutputStream out) throws IOException {
		Specification<Hazard> spec = HazardSpecifications.of(filter, this.access.visibleDepartments(),
				LocalDate.ofInstant(this.clock.instant(), this.escalation.zone()));
		Map<Long, String> names = this.departments.directory()
			.stream()
			.collect(Collectors.toMap(DepartmentRef::id, DepartmentRef::name));
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		try {
			Sheet ledger = workbook.createSheet(t(locale, "hazard.export.ledger"));
			Sheet history = withHistory ? workbook.createSheet(t(locale, "hazard.export.history")) : null;
			header(ledger, locale);
			if (history != null) {
				cells(history.createRow(0), t(locale, "field.hazard.number"), t(locale, "hazard.export.when"),
						t(locale, "hazard.export.who"), t(locale, "hazard.export.what"),
						t(locale, "hazard.export.changes"));
			}
			int written = 0;
			int historyRows = 1;
			// keyset pages in the ledger's order: each page starts after the last one's
			// (found on, id), so page 100 costs what page 1 does
			LocalDate lastFound = null;
			long lastId = 0;
			while (true) {
				Specification<Hazard> after = Keyset.after("foundOn", lastFound, lastId);
				List<Hazard> chunk = this.hazards
					.findBy(spec.and(after), q -> q.slice(PageRequest.of(0, PAGE, Sort.by("foundOn", "id"))))
					.getContent();
				if (chunk.isEmpty()) {
					break;
				}
				for (Hazard h : chunk) {
					written++;
					row(ledger.createRow(written), written, h, names, locale);
				}
				if (history != null) {
					Map<Long, String> numbers = chunk.stream()
						.collect(Collectors.toMap(h -> Objects.requireNonNull(h.getId()), Hazard::getNumber));
					Map<Long, List<AuditEntry>> changes = this.auditTrail.histories(HazardService.ENTITY,
							numbers.keySet());
					for (Hazard h : chunk) {
						for (AuditEntry entry : changes.getOrDefault(h.getId(), List.of())) {
							cells(history.createRow(historyRows++), h.getNumber(),
									DisplayTime.minutes(entry.occurredAt()),
									Objects.toString(entry.actorUsername(), ""),
									t(locale, "audit.action." + entry.action()),
									entry.changes()
										.stream()
										.map(c -> c.field() + ": " + Objects.toString(c.oldValue(), "") + " → "
												+ Objects.toString(c.newValue(), ""))
										.collect(Collectors.joining("；")));
						}
					}
				}
				Hazard last = chunk.getLast();
				lastFound = last.getFoundOn();
				lastId = Objects.requireNonNull(last.getId());
				// keep the persistence context from growing with the export
				this.entityManager.clear();
			}
			workbook.write(out);
			return written;
		}
		finally {
			workbook.close();
		}
	}

	private void header(Sheet sheet, Locale locale) {
		Row head = sheet.createRow(0);
		head.createCell(0).setCellValue(t(locale, "inspection.export.no"));
		List<ImportColumn> columns = HazardImportColumns.ALL;
		for (int c = 0; c < columns.size(); c++) {
			head.createCell(c + 1)
				.setCellValue(locale.getLanguage().equals("zh") ? columns.get(c).templateHeader()
						: columns.get(c).headers().getLast());
		}
	}

	private void row(Row row, int position, Hazard h, Map<Long, String> names, Locale locale) {
		row.createCell(0).setCellValue(position);
		Map<String, Function<Hazard, @Nullable Object>> values = Map.ofEntries(
				Map.entry(HazardImportColumns.NUMBER, Hazard::getNumber),
				Map.entry(HazardImportColumns.UNIT, Hazard::getUnitName),
				Map.entry(HazardImportColumns.CREDIT_CODE, Hazard::getCreditCode),
				Map.entry(HazardImportColumns.DESCRIPTION, Hazard::getDescription),
				Map.entry(HazardImportColumns.LEVEL, x -> t(locale, x.getLevel().labelKey())),
				Map.entry(HazardImportColumns.TYPE, x -> t(locale, x.getType().labelKey())),
				Map.entry(HazardImportColumns.INDUSTRY, x -> t(locale, x.getIndustry().labelKey())),
				Map.entry(HazardImportColumns.DISTRICT, Hazard::getDistrict),
				Map.entry(HazardImportColumns.STREET, Hazard::getStreet),
				Map.entry(HazardImportColumns.ADDRESS, Hazard::getAddress),
				Map.entry(HazardImportColumns.RESPONSIBLE, x -> names.get(x.getResponsibleDepartmentId())),
				Map.entry(HazardImportColumns.SUPERVISING,
						x -> x.getSupervisingDepartmentId() == null ? null : names.get(x.getSupervisingDepartmentId())),
				Map.entry(HazardImportColumns.MEASURES, Hazard::getMeasures),
				Map.entry(HazardImportColumns.FUNDS, x -> x.getFunds() == null ? null : x.getFunds().toPlainString()),
				Map.entry(HazardImportColumns.TIME_LIMIT, Hazard::getTimeLimit),
				Map.entry(HazardImportColumns.OWNER, Hazard::getRectificationOwner),
				Map.entry(HazardImportColumns.EMERGENCY_PLAN, Hazard::getEmergencyPlan),
				Map.entry(HazardImportColumns.STATUS, x -> t(locale, x.getStatus().labelKey())),
				Map.entry(HazardImportColumns.FOUND_ON, Hazard::getFoundOn),
				Map.entry(HazardImportColumns.SOURCE, x -> t(locale, x.getSource().labelKey())),
				Map.entry(HazardImportColumns.LISTING_LEVEL,
						x -> x.getListingLevel() == null ? null : t(locale, x.getListingLevel().labelKey())),
				Map.entry(HazardImportColumns.LISTING_DOCUMENT, Hazard::getListingDocument),
				Map.entry(HazardImportColumns.LATITUDE,
						x -> x.getLatitude() == null ? null : x.getLatitude().toPlainString()),
				Map.entry(HazardImportColumns.LONGITUDE,
						x -> x.getLongitude() == null ? null : x.getLongitude().toPlainString()));
		List<ImportColumn> columns = HazardImportColumns.ALL;
		for (int c = 0; c < columns.size(); c++) {
			Object value = values.get(columns.get(c).key()).apply(h);
			if (value != null) {
				row.createCell(c + 1).setCellValue(value.toString());
			}
		}
	}

	private static void cells(Row row, String... values) {
		for (int c = 0; c < values.length; c++) {
			row.createCell(c).setCellValue(values[c]);
		}
	}

	private String t(Locale locale, String key) {
		return this.translations.getTranslation(key, locale);
	}

}
