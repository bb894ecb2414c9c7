package org.anwei.duban.hazard;

import org.anwei.duban.extension.ExtensionDetails;
import org.anwei.duban.extension.ExtensionState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.supervision.EscalationLevel;
import org.jspecify.annotations.Nullable;

/** Everything about one hazard that its page and the API show. */
public record HazardDetails(long id, long version, String number, LocalDate foundOn, HazardSource source,
		String unitName, @Nullable String creditCode, DirectiveCategory industry, String district,
		@Nullable String street, String address, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude,
		String description, HazardLevel level, HazardType type, long responsibleDepartmentId,
		String responsibleDepartmentName, @Nullable Long supervisingDepartmentId,
		@Nullable String supervisingDepartmentName, @Nullable String rectificationOwner, @Nullable String measures,
		@Nullable BigDecimal funds, LocalDate timeLimit, @Nullable String emergencyPlan,
		@Nullable ListingLevel listingLevel, @Nullable String listingDocument, HazardStatus status, boolean overdue,
		@Nullable Long taskId, @Nullable Long originTaskId, @Nullable Long originInspectionId,
		@Nullable Long reboundOfId, @Nullable String reboundOfNumber, String registeredBy, Instant registeredAt,
		@Nullable Instant closedAt, @Nullable EscalationLevel escalationLevel, int urgeCount, List<PhotoSummary> photos,
		List<AcceptanceSummary> acceptances, List<ExtensionDetails> extensions) {

	/** The extension request waiting for staff's decision, if any. */
	public java.util.Optional<ExtensionDetails> pendingExtension() {
		return this.extensions.stream().filter(e -> e.state() == ExtensionState.PENDING).findFirst();
	}

	/** The command that would register this hazard as it is, for editing. */
	public HazardCommand toCommand() {
		return new HazardCommand(this.foundOn, this.source, this.unitName, this.creditCode, this.industry,
				this.district, this.street, this.address, this.latitude, this.longitude, this.description, this.level,
				this.type, this.responsibleDepartmentId, this.supervisingDepartmentId, this.rectificationOwner,
				this.measures, this.funds, this.timeLimit, this.emergencyPlan, this.listingLevel, this.listingDocument,
				this.originTaskId);
	}

}
