package org.anwei.duban.hazard.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.anwei.duban.base.AbstractEntity;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.hazard.HazardAction;
import org.anwei.duban.hazard.HazardCommand;
import org.anwei.duban.hazard.HazardLevel;
import org.anwei.duban.hazard.HazardLifecycle;
import org.anwei.duban.hazard.HazardSource;
import org.anwei.duban.hazard.HazardStatus;
import org.anwei.duban.hazard.HazardType;
import org.anwei.duban.hazard.ListingLevel;
import org.anwei.duban.supervision.SupervisionState;
import org.jspecify.annotations.Nullable;

/**
 * A hazard on the ledger. Its fields are set from a checked {@link HazardCommand}; its
 * status moves only through {@link HazardLifecycle}.
 */
@Entity
@Table(name = "hazard")
public class Hazard extends AbstractEntity {

	private static final String ORIGIN_INSPECTION = "INSPECTION";

	@Column(name = "number", nullable = false, length = 20)
	private String number;

	@Column(name = "number_year", nullable = false)
	private int numberYear;

	@Column(name = "number_seq", nullable = false)
	private int numberSeq;

	@Column(name = "found_on", nullable = false)
	private LocalDate foundOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "source", nullable = false, length = 16)
	private HazardSource source;

	@Column(name = "origin_type", length = 16)
	private @Nullable String originType;

	@Column(name = "origin_id")
	private @Nullable Long originId;

	@Column(name = "unit_name", nullable = false, length = 200)
	private String unitName;

	@Column(name = "unit_key", nullable = false, length = 200)
	private String unitKey;

	@Column(name = "credit_code", length = 18)
	private @Nullable String creditCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "industry", nullable = false, length = 32)
	private DirectiveCategory industry;

	@Column(name = "district", nullable = false, length = 50)
	private String district;

	@Column(name = "street", length = 100)
	private @Nullable String street;

	@Column(name = "address", nullable = false, length = 300)
	private String address;

	@Column(name = "latitude", precision = 9, scale = 6)
	private @Nullable BigDecimal latitude;

	@Column(name = "longitude", precision = 9, scale = 6)
	private @Nullable BigDecimal longitude;

	@Column(name = "description", nullable = false, length = 4000)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "level", nullable = false, length = 8)
	private HazardLevel level;

	@Enumerated(EnumType.STRING)
	@Column(name = "hazard_type", nullable = false, length = 16)
	private HazardType type;

	@Column(name = "responsible_department_id", nullable = false)
	private long responsibleDepartmentId;

	@Column(name = "supervising_department_id")
	private @Nullable Long supervisingDepartmentId;

	@Column(name = "rectification_owner", length = 100)
	private @Nullable String rectificationOwner;

	@Column(name = "measures", length = 4000)
	private @Nullable String measures;

	@Column(name = "funds", precision = 14, scale = 2)
	private @Nullable BigDecimal funds;

	@Column(name = "time_limit", nullable = false)
	private LocalDate timeLimit;

	@Column(name = "emergency_plan", length = 2000)
	private @Nullable String emergencyPlan;

	@Enumerated(EnumType.STRING)
	@Column(name = "listing_level", length = 8)
	private @Nullable ListingLevel listingLevel;

	@Column(name = "listing_document", length = 100)
	private @Nullable String listingDocument;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 24)
	private HazardStatus status;

	/** The first reminder day: the time limit less the configured warning days. */
	@Column(name = "remind_from", nullable = false)
	private LocalDate remindFrom;

	@Column(name = "task_id")
	private @Nullable Long taskId;

	@Column(name = "rebound_of_id")
	private @Nullable Long reboundOfId;

	@Column(name = "registered_by", nullable = false, length = 64)
	private String registeredBy;

	@Column(name = "registered_at", nullable = false)
	private Instant registeredAt;

	@Column(name = "rectified_at")
	private @Nullable Instant rectifiedAt;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@Embedded
	private SupervisionState supervision = new SupervisionState();

	protected Hazard() {
		this.number = "";
		this.foundOn = LocalDate.EPOCH;
		this.source = HazardSource.INSPECTION;
		this.unitName = "";
		this.unitKey = "";
		this.industry = DirectiveCategory.GENERAL;
		this.district = "";
		this.address = "";
		this.description = "";
		this.level = HazardLevel.GENERAL;
		this.type = HazardType.THING;
		this.timeLimit = LocalDate.EPOCH;
		this.status = HazardStatus.REGISTERED;
		this.remindFrom = LocalDate.EPOCH;
		this.registeredBy = "";
		this.registeredAt = Instant.EPOCH;
	}

	/**
	 * A new hazard from a command the rules have passed (every required field present).
	 */
	public Hazard(HazardNumber number, HazardCommand command, String unitKey, int remindDaysBefore, String by,
			Instant now) {
		this();
		this.number = number.text();
		this.numberYear = number.year();
		this.numberSeq = number.sequence();
		this.registeredBy = by;
		this.registeredAt = now;
		if (command.originTaskId() != null) {
			this.originType = "TASK";
			this.originId = command.originTaskId();
		}
		update(command, unitKey, remindDaysBefore);
	}

	/** Sets every editable field from a checked command. */
	public void update(HazardCommand command, String unitKey, int remindDaysBefore) {
		this.foundOn = required(command.foundOn());
		this.source = required(command.source());
		this.unitName = command.unitName().strip();
		this.unitKey = unitKey;
		this.creditCode = blankToNull(command.creditCode());
		this.industry = required(command.industry());
		this.district = command.district().strip();
		this.street = blankToNull(command.street());
		this.address = command.address().strip();
		this.latitude = command.latitude();
		this.longitude = command.longitude();
		this.description = command.description().strip();
		this.level = required(command.level());
		this.type = required(command.type());
		this.responsibleDepartmentId = required(command.responsibleDepartmentId());
		this.supervisingDepartmentId = command.supervisingDepartmentId();
		this.rectificationOwner = blankToNull(command.rectificationOwner());
		this.measures = blankToNull(command.measures());
		this.funds = command.funds();
		this.timeLimit = required(command.timeLimit());
		this.emergencyPlan = blankToNull(command.emergencyPlan());
		this.listingLevel = command.listingLevel();
		this.listingDocument = blankToNull(command.listingDocument());
		this.remindFrom = this.timeLimit.minusDays(remindDaysBefore);
	}

	/** Moves the hazard by the lifecycle's rules; refuses an illegal move. */
	public void apply(HazardAction action, Instant now) {
		this.status = HazardLifecycle.next(this.status, action);
		if (action == HazardAction.SUBMIT) {
			this.rectifiedAt = now;
		}
		if (action == HazardAction.PASS) {
			this.closedAt = now;
		}
	}

	/** An approved extension: a later time limit, and the reminders start before it. */
	public void extend(LocalDate timeLimit, int remindDaysBefore) {
		this.timeLimit = timeLimit;
		this.remindFrom = timeLimit.minusDays(remindDaysBefore);
	}

	public void linkTask(long taskId) {
		this.taskId = taskId;
	}

	public void markReboundOf(long earlierId) {
		this.reboundOfId = earlierId;
	}

	/** The fields whose changes the audit trail records, by name. */
	public Map<String, Object> snapshot() {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("status", this.status.name());
		snapshot.put("foundOn", this.foundOn);
		snapshot.put("source", this.source.name());
		snapshot.put("unitName", this.unitName);
		snapshot.put("creditCode", orEmpty(this.creditCode));
		snapshot.put("industry", this.industry.name());
		snapshot.put("district", this.district);
		snapshot.put("street", orEmpty(this.street));
		snapshot.put("address", this.address);
		snapshot.put("coordinates",
				this.latitude == null || this.longitude == null ? "" : this.latitude + "," + this.longitude);
		snapshot.put("description", this.description);
		snapshot.put("level", this.level.name());
		snapshot.put("type", this.type.name());
		snapshot.put("responsibleDepartment", this.responsibleDepartmentId);
		snapshot.put("supervisingDepartment",
				this.supervisingDepartmentId == null ? "" : this.supervisingDepartmentId.toString());
		snapshot.put("rectificationOwner", orEmpty(this.rectificationOwner));
		snapshot.put("measures", orEmpty(this.measures));
		snapshot.put("funds", this.funds == null ? "" : this.funds.toPlainString());
		snapshot.put("timeLimit", this.timeLimit);
		snapshot.put("emergencyPlan", orEmpty(this.emergencyPlan));
		snapshot.put("listingLevel", this.listingLevel == null ? "" : this.listingLevel.name());
		snapshot.put("listingDocument", orEmpty(this.listingDocument));
		snapshot.put("taskId", this.taskId == null ? "" : this.taskId.toString());
		return snapshot;
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalArgumentException("Unchecked hazard command: a required field is empty");
		}
		return value;
	}

	public boolean isOverdue(LocalDate today) {
		return this.status.awaitsRectification() && this.timeLimit.isBefore(today);
	}

	public SupervisionState supervision() {
		return this.supervision;
	}

	public String getNumber() {
		return this.number;
	}

	public LocalDate getFoundOn() {
		return this.foundOn;
	}

	public HazardSource getSource() {
		return this.source;
	}

	public @Nullable Long getOriginTaskId() {
		return "TASK".equals(this.originType) ? this.originId : null;
	}

	public @Nullable Long getOriginInspectionId() {
		return ORIGIN_INSPECTION.equals(this.originType) ? this.originId : null;
	}

	/** Found by an inspection (检查/暗访), which keeps the finding on its side. */
	public void foundBy(long inspectionId) {
		this.originType = ORIGIN_INSPECTION;
		this.originId = inspectionId;
	}

	public String getUnitName() {
		return this.unitName;
	}

	public String getUnitKey() {
		return this.unitKey;
	}

	public @Nullable String getCreditCode() {
		return this.creditCode;
	}

	public DirectiveCategory getIndustry() {
		return this.industry;
	}

	public String getDistrict() {
		return this.district;
	}

	public @Nullable String getStreet() {
		return this.street;
	}

	public String getAddress() {
		return this.address;
	}

	public @Nullable BigDecimal getLatitude() {
		return this.latitude;
	}

	public @Nullable BigDecimal getLongitude() {
		return this.longitude;
	}

	public String getDescription() {
		return this.description;
	}

	public HazardLevel getLevel() {
		return this.level;
	}

	public HazardType getType() {
		return this.type;
	}

	public long getResponsibleDepartmentId() {
		return this.responsibleDepartmentId;
	}

	public @Nullable Long getSupervisingDepartmentId() {
		return this.supervisingDepartmentId;
	}

	public @Nullable String getRectificationOwner() {
		return this.rectificationOwner;
	}

	public @Nullable String getMeasures() {
		return this.measures;
	}

	public @Nullable BigDecimal getFunds() {
		return this.funds;
	}

	public LocalDate getTimeLimit() {
		return this.timeLimit;
	}

	public @Nullable String getEmergencyPlan() {
		return this.emergencyPlan;
	}

	public @Nullable ListingLevel getListingLevel() {
		return this.listingLevel;
	}

	public @Nullable String getListingDocument() {
		return this.listingDocument;
	}

	public HazardStatus getStatus() {
		return this.status;
	}

	public @Nullable Long getTaskId() {
		return this.taskId;
	}

	public @Nullable Long getReboundOfId() {
		return this.reboundOfId;
	}

	public String getRegisteredBy() {
		return this.registeredBy;
	}

	public Instant getRegisteredAt() {
		return this.registeredAt;
	}

	public @Nullable Instant getClosedAt() {
		return this.closedAt;
	}

}
