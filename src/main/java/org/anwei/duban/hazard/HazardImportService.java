package org.anwei.duban.hazard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.UnifiedCreditCode;
import org.anwei.duban.base.i18n.LocalizedText;
import org.anwei.duban.base.i18n.Translations;
import org.anwei.duban.base.importing.ImportAction;
import org.anwei.duban.base.importing.ImportDates;
import org.anwei.duban.base.importing.ImportPreview;
import org.anwei.duban.base.importing.ImportRejectedException;
import org.anwei.duban.base.importing.ImportRow;
import org.anwei.duban.base.importing.TabularFile;
import org.anwei.duban.base.importing.TabularRow;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.hazard.internal.Hazard;
import org.anwei.duban.hazard.internal.HazardNumber;
import org.anwei.duban.hazard.internal.HazardRepository;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.supervision.Audience;
import org.anwei.duban.supervision.DepartmentNotifier;
import org.anwei.duban.supervision.EscalationProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a hazard ledger kept in Excel (or CSV, also in GBK/GB18030) in the layout of
 * {@link HazardImportColumns}. The file is checked row by row first — every wrong field
 * named — and shown as a preview; importing then saves all rows or, if any is wrong,
 * nothing, unless the user asks for the valid rows only.
 *
 * <p>
 * Importing the same file twice changes nothing the second time: a row names an existing
 * hazard by its number, or — for ledgers numbered their own way — by the same unit, day
 * found and description; a row equal to the hazard on record is left alone, a changed one
 * updates the open hazard. New rows take the status the ledger gives them through the
 * lifecycle (登记 → 整改中 → 待验收 → 已销号). Imports by staff only.
 */
@Service
public class HazardImportService {

	private final HazardRepository hazards;

	private final HazardRules rules;

	private final HazardProperties properties;

	private final DepartmentService departments;

	private final DepartmentNotifier notifier;

	private final AuditTrail auditTrail;

	private final Translations translations;

	private final CurrentUser currentUser;

	private final EscalationProperties escalation;

	private final Clock clock;

	HazardImportService(HazardRepository hazards, HazardRules rules, HazardProperties properties,
			DepartmentService departments, DepartmentNotifier notifier, AuditTrail auditTrail,
			Translations translations, CurrentUser currentUser, EscalationProperties escalation, Clock clock) {
		this.hazards = hazards;
		this.rules = rules;
		this.properties = properties;
		this.departments = departments;
		this.notifier = notifier;
		this.auditTrail = auditTrail;
		this.translations = translations;
		this.currentUser = currentUser;
		this.escalation = escalation;
		this.clock = clock;
	}

	/** What a row becomes: the hazard as the file has it, its status, and its match. */
	public record Row(HazardCommand command, HazardStatus status, @Nullable Long existingId) {
	}

	/** Checks a file and says what importing it would do, row by row. Saves nothing. */
	@PreAuthorize(HazardService.STAFF)
	@Transactional(readOnly = true)
	public ImportPreview<Row> preview(byte[] content) {
		List<TabularRow> rows = TabularFile.read(content, HazardImportColumns.ALL, true);
		Parser parser = new Parser();
		Map<String, Hazard> byNumber = new HashMap<>();
		Map<String, Hazard> byNaturalKey = new HashMap<>();
		loadMatches(rows, byNumber, byNaturalKey);
		Set<String> seen = new HashSet<>();
		Set<Long> active = this.rules.activeDepartments();
		List<ImportRow<Row>> result = new ArrayList<>();
		for (TabularRow row : rows) {
			result.add(check(row, parser, active, byNumber, byNaturalKey, seen));
		}
		return new ImportPreview<>(result);
	}

	/**
	 * Imports a file in one transaction, or throws {@link ImportRejectedException} and
	 * saves nothing.
	 */
	@PreAuthorize(HazardService.STAFF)
	@Transactional
	public ImportPreview<Row> importFile(byte[] content) {
		ImportPreview<Row> preview = preview(content);
		if (!preview.acceptable()) {
			throw new ImportRejectedException(preview);
		}
		save(preview);
		return preview;
	}

	/** Imports the valid rows of a file and leaves the rows with errors out. */
	@PreAuthorize(HazardService.STAFF)
	@Transactional
	public ImportPreview<Row> importValidRows(byte[] content) {
		ImportPreview<Row> preview = preview(content);
		save(preview);
		return preview;
	}

	private void save(ImportPreview<Row> preview) {
		Instant now = this.clock.instant();
		String by = this.currentUser.require().getUsername();
		Map<Integer, Integer> nextSequence = new HashMap<>();
		Map<Long, Integer> perDepartment = new LinkedHashMap<>();
		for (ImportRow<Row> row : preview.rows()) {
			if (row.value() == null || row.action() == ImportAction.UNCHANGED) {
				continue;
			}
			Row value = row.value();
			HazardCommand command = value.command();
			if (value.existingId() != null) {
				Hazard hazard = this.hazards.findById(value.existingId()).orElseThrow();
				Map<String, Object> before = hazard.snapshot();
				hazard.update(command, UnitKeys.of(command.unitName()), this.properties.remindDaysBefore());
				this.hazards.save(hazard);
				this.auditTrail.recordChange(HazardService.ENTITY, Objects.requireNonNull(hazard.getId()),
						"UPDATED_BY_IMPORT", hazard.getNumber(), FieldChange.between(before, hazard.snapshot()));
				continue;
			}
			int year = Objects.requireNonNull(command.foundOn()).getYear();
			int sequence = nextSequence.computeIfAbsent(year, y -> this.hazards.lastSequence(y)) + 1;
			nextSequence.put(year, sequence);
			Hazard hazard = new Hazard(HazardNumber.of(this.properties.numberPrefix(), year, sequence), command,
					UnitKeys.of(command.unitName()), this.properties.remindDaysBefore(), by, now);
			for (HazardAction step : stepsTo(value.status())) {
				hazard.apply(step, now);
			}
			this.hazards.save(hazard);
			this.auditTrail.recordChange(HazardService.ENTITY, Objects.requireNonNull(hazard.getId()), "IMPORTED",
					hazard.getNumber(), FieldChange.between(null, hazard.snapshot()));
			if (hazard.getStatus().isOpen()) {
				perDepartment.merge(hazard.getResponsibleDepartmentId(), 1, Integer::sum);
			}
		}
		this.hazards.flush();
		// one notice per department, not one per imported hazard
		perDepartment.forEach((department, count) -> this.notifier.tellDepartments(
				new Audience(List.of(department), department, "hazards"), "HAZARDS_IMPORTED",
				LocalizedText.of("notification.hazard.imported.title", count), "notification.hazard.imported.body"));
	}

	private static List<HazardAction> stepsTo(HazardStatus status) {
		return switch (status) {
			case REGISTERED -> List.of();
			case RECTIFYING -> List.of(HazardAction.START);
			case AWAITING_ACCEPTANCE -> List.of(HazardAction.START, HazardAction.SUBMIT);
			case CLOSED -> List.of(HazardAction.START, HazardAction.SUBMIT, HazardAction.PASS);
		};
	}

	/** The hazards the file may name, in two queries: by number and by unit. */
	private void loadMatches(List<TabularRow> rows, Map<String, Hazard> byNumber, Map<String, Hazard> byNaturalKey) {
		Set<String> numbers = rows.stream()
			.map(r -> r.get(HazardImportColumns.NUMBER))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Set<String> units = rows.stream()
			.map(r -> r.get(HazardImportColumns.UNIT))
			.filter(Objects::nonNull)
			.map(UnitKeys::of)
			.collect(Collectors.toSet());
		for (List<String> chunk : chunks(numbers)) {
			this.hazards.findByNumberIn(chunk).forEach(h -> byNumber.put(h.getNumber(), h));
		}
		for (List<String> chunk : chunks(units)) {
			this.hazards.findByUnitKeyIn(chunk)
				.forEach(h -> byNaturalKey.putIfAbsent(naturalKey(h.getUnitKey(), h.getFoundOn(), h.getDescription()),
						h));
		}
	}

	private static List<List<String>> chunks(Set<String> values) {
		List<String> all = new ArrayList<>(values);
		List<List<String>> chunks = new ArrayList<>();
		for (int i = 0; i < all.size(); i += 1000) {
			chunks.add(all.subList(i, Math.min(all.size(), i + 1000)));
		}
		return chunks;
	}

	private static String naturalKey(String unitKey, LocalDate foundOn, String description) {
		return unitKey + "\u0000" + foundOn + "\u0000" + description.strip();
	}

	private ImportRow<Row> check(TabularRow row, Parser parser, Set<Long> active, Map<String, Hazard> byNumber,
			Map<String, Hazard> byNaturalKey, Set<String> seen) {
		List<FieldError> errors = new ArrayList<>();
		HazardCommand command = parser.command(row, errors);
		HazardStatus status = parser.status(row, errors);
		// a cell that could not be read has its error already; no "required" on top
		this.rules.check(command, active)
			.stream()
			.filter(e -> errors.stream().noneMatch(existing -> existing.field().equals(e.field())))
			.forEach(errors::add);
		if (!errors.isEmpty()) {
			return new ImportRow<>(row.rowNumber(), row, null, ImportAction.REJECT, errors);
		}
		String number = row.get(HazardImportColumns.NUMBER);
		String natural = naturalKey(UnitKeys.of(command.unitName()), Objects.requireNonNull(command.foundOn()),
				command.description());
		if (!seen.add(number != null ? "#" + number : natural)) {
			return new ImportRow<>(row.rowNumber(), row, null, ImportAction.REJECT,
					List.of(FieldError.of(number != null ? HazardImportColumns.NUMBER : HazardImportColumns.UNIT,
							"validation.hazard.import-duplicate")));
		}
		Hazard existing = number != null && byNumber.containsKey(number) ? byNumber.get(number)
				: byNaturalKey.get(natural);
		if (existing == null) {
			return new ImportRow<>(row.rowNumber(), row, new Row(command, status, null), ImportAction.CREATE,
					List.of());
		}
		if (sameAs(existing, command)) {
			return new ImportRow<>(row.rowNumber(), row, new Row(command, existing.getStatus(), existing.getId()),
					ImportAction.UNCHANGED, List.of());
		}
		if (!existing.getStatus().isOpen()) {
			return new ImportRow<>(row.rowNumber(), row, null, ImportAction.REJECT,
					List.of(FieldError.of(HazardImportColumns.STATUS, "validation.hazard.closed")));
		}
		return new ImportRow<>(row.rowNumber(), row, new Row(command, existing.getStatus(), existing.getId()),
				ImportAction.UPDATE, List.of());
	}

	/**
	 * Whether the row holds what is on record already (the status is the lifecycle's).
	 */
	private static boolean sameAs(Hazard existing, HazardCommand command) {
		Map<String, Object> now = existing.snapshot();
		Map<String, Object> would = new Hazard(HazardNumber.of("X", 2000, 1), command, existing.getUnitKey(), 0, "",
				Instant.EPOCH)
			.snapshot();
		for (Map.Entry<String, Object> entry : would.entrySet()) {
			String field = entry.getKey();
			if (field.equals("status") || field.equals("number") || field.equals("remindFrom")) {
				continue;
			}
			if (!Objects.equals(normalizedValue(now.get(field)), normalizedValue(entry.getValue()))) {
				return false;
			}
		}
		return true;
	}

	/** Amounts as numbers (12000 is 12000.00), everything else as recorded. */
	private static @Nullable Object normalizedValue(@Nullable Object value) {
		if (value instanceof String text && text.matches("-?\\d+(\\.\\d+)?")) {
			return new BigDecimal(text).stripTrailingZeros();
		}
		return value;
	}

	/** Reads cells into a command; each unreadable cell adds its error. */
	private final class Parser {

		private final Map<String, DepartmentRef> departmentsByName = new HashMap<>();

		Parser() {
			for (DepartmentRef d : HazardImportService.this.departments.directory()) {
				if (!d.active()) {
					continue;
				}
				departmentsByName.putIfAbsent(key(d.code()), d);
				departmentsByName.putIfAbsent(key(d.name()), d);
				if (d.shortName() != null) {
					departmentsByName.putIfAbsent(key(d.shortName()), d);
				}
				d.aliases().forEach(alias -> departmentsByName.putIfAbsent(key(alias), d));
			}
		}

		HazardCommand command(TabularRow row, List<FieldError> errors) {
			LocalDate today = LocalDate.ofInstant(HazardImportService.this.clock.instant(),
					HazardImportService.this.escalation.zone());
			LocalDate foundOn = row.get(HazardImportColumns.FOUND_ON) == null ? today
					: date(row, HazardImportColumns.FOUND_ON, errors);
			String code = row.get(HazardImportColumns.CREDIT_CODE);
			return new HazardCommand(foundOn,
					label(row, HazardImportColumns.SOURCE, HazardSource.values(), HazardSource::labelKey, errors,
							HazardSource.INSPECTION),
					text(row, HazardImportColumns.UNIT), code == null ? null : UnifiedCreditCode.normalize(code),
					label(row, HazardImportColumns.INDUSTRY, DirectiveCategory.values(), DirectiveCategory::labelKey,
							errors, null),
					text(row, HazardImportColumns.DISTRICT), row.get(HazardImportColumns.STREET),
					text(row, HazardImportColumns.ADDRESS), decimal(row, HazardImportColumns.LATITUDE, errors),
					decimal(row, HazardImportColumns.LONGITUDE, errors), text(row, HazardImportColumns.DESCRIPTION),
					level(row, errors),
					label(row, HazardImportColumns.TYPE, HazardType.values(), HazardType::labelKey, errors, null),
					department(row, HazardImportColumns.RESPONSIBLE, errors),
					department(row, HazardImportColumns.SUPERVISING, errors), row.get(HazardImportColumns.OWNER),
					row.get(HazardImportColumns.MEASURES), decimal(row, HazardImportColumns.FUNDS, errors),
					date(row, HazardImportColumns.TIME_LIMIT, errors), row.get(HazardImportColumns.EMERGENCY_PLAN),
					listing(row, errors), row.get(HazardImportColumns.LISTING_DOCUMENT), null);
		}

		HazardStatus status(TabularRow row, List<FieldError> errors) {
			String text = row.get(HazardImportColumns.STATUS);
			if (text == null) {
				return HazardStatus.REGISTERED;
			}
			String k = key(text);
			if (k.equals("待整改") || k.equals("未整改") || k.equals("登记")) {
				return HazardStatus.REGISTERED;
			}
			if (k.equals("已整改") || k.equals("已销号") || k.equals("销号") || k.equals("已完成")) {
				return HazardStatus.CLOSED;
			}
			HazardStatus status = label(row, HazardImportColumns.STATUS, HazardStatus.values(), HazardStatus::labelKey,
					errors, null);
			return status == null ? HazardStatus.REGISTERED : status;
		}

		private @Nullable HazardLevel level(TabularRow row, List<FieldError> errors) {
			String text = row.get(HazardImportColumns.LEVEL);
			if (text != null && key(text).startsWith("重大")) {
				return HazardLevel.MAJOR;
			}
			if (text != null && key(text).startsWith("一般")) {
				return HazardLevel.GENERAL;
			}
			return label(row, HazardImportColumns.LEVEL, HazardLevel.values(), HazardLevel::labelKey, errors, null);
		}

		/** 省级/市级/县级挂牌督办 as written, or the label; blank, 否 and 无 mean not listed. */
		private @Nullable ListingLevel listing(TabularRow row, List<FieldError> errors) {
			String text = row.get(HazardImportColumns.LISTING_LEVEL);
			if (text == null || Set.of("否", "无", "未挂牌").contains(key(text))) {
				return null;
			}
			return switch (key(text).charAt(0)) {
				case '省' -> ListingLevel.PROVINCE;
				case '市' -> ListingLevel.CITY;
				case '县', '区' -> ListingLevel.COUNTY;
				default -> label(row, HazardImportColumns.LISTING_LEVEL, ListingLevel.values(), ListingLevel::labelKey,
						errors, null);
			};
		}

		private @Nullable Long department(TabularRow row, String column, List<FieldError> errors) {
			String text = row.get(column);
			if (text == null) {
				return null;
			}
			DepartmentRef found = this.departmentsByName.get(key(text));
			if (found == null) {
				errors.add(FieldError.of(column, "validation.hazard.import-department", text));
				return null;
			}
			return found.id();
		}

		/** What each (column, text) resolved to: ledgers repeat the same few values. */
		private final Map<String, java.util.Optional<Enum<?>>> resolved = new HashMap<>();

		/** An enum by its label in any language, or its name. */
		@SuppressWarnings("unchecked")
		private <E extends Enum<E>> @Nullable E label(TabularRow row, String column, E[] values,
				Function<E, String> labelKey, List<FieldError> errors, @Nullable E otherwise) {
			String text = row.get(column);
			if (text == null) {
				return otherwise;
			}
			java.util.Optional<Enum<?>> found = this.resolved.computeIfAbsent(column + "\u0000" + text,
					k -> java.util.Optional.ofNullable(resolve(key(text), values, labelKey)));
			if (found.isEmpty()) {
				errors.add(FieldError.of(column, "validation.hazard.import-choice", text));
				return null;
			}
			return (E) found.get();
		}

		private <E extends Enum<E>> @Nullable E resolve(String k, E[] values, Function<E, String> labelKey) {
			for (E value : values) {
				if (key(value.name()).equals(k) || labels(value, labelKey).anyMatch(k::equals)) {
					return value;
				}
			}
			// worded a little differently (粉尘涉爆 for 工贸/粉尘): the one choice a part of
			// whose
			// label the text contains, or whose label contains the text
			List<E> near = new ArrayList<>();
			for (E value : values) {
				if (labels(value, labelKey).anyMatch(
						label -> (k.length() >= 2 && label.contains(k)) || java.util.Arrays.stream(label.split("[/、]"))
							.anyMatch(part -> part.length() >= 2 && k.contains(part)))) {
					near.add(value);
				}
			}
			return near.size() == 1 ? near.getFirst() : null;
		}

		private <E extends Enum<E>> java.util.stream.Stream<String> labels(E value, Function<E, String> labelKey) {
			return HazardImportService.this.translations.getProvidedLocales()
				.stream()
				.map(locale -> key(HazardImportService.this.translations.translate(locale, labelKey.apply(value))));
		}

		private @Nullable LocalDate date(TabularRow row, String column, List<FieldError> errors) {
			String text = row.get(column);
			if (text == null) {
				return null;
			}
			LocalDate date = ImportDates.parse(text);
			if (date == null) {
				errors.add(FieldError.of(column, "validation.hazard.import-date", text));
			}
			return date;
		}

		private @Nullable BigDecimal decimal(TabularRow row, String column, List<FieldError> errors) {
			String text = row.get(column);
			if (text == null) {
				return null;
			}
			try {
				return new BigDecimal(text.replace(",", "").replace("，", "").replace("元", "").strip());
			}
			catch (NumberFormatException ex) {
				errors.add(FieldError.of(column, "validation.hazard.import-number", text));
				return null;
			}
		}

		private String text(TabularRow row, String column) {
			return Objects.requireNonNullElse(row.get(column), "");
		}

	}

	private static String key(String text) {
		return text.replaceAll("[\\s　]+", "").toLowerCase(Locale.ROOT);
	}

}
