package org.anwei.duban.hazard;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.anwei.duban.directive.DirectiveCategory;
import org.jspecify.annotations.Nullable;

/**
 * A hazard as registered or edited. Fields a form may leave empty are nullable; the
 * service names each missing or wrong one (for a major hazard all of 五落实: responsible
 * department, measures, funds, time limit and emergency plan, plus the owner).
 *
 * @param industry the industry, from the taxonomy shared with directive categories
 * @param originTaskId the task the hazard was found in, if any
 */
public record HazardCommand(@Nullable LocalDate foundOn, @Nullable HazardSource source, String unitName,
		@Nullable String creditCode, @Nullable DirectiveCategory industry, String district, @Nullable String street,
		String address, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude, String description,
		@Nullable HazardLevel level, @Nullable HazardType type, @Nullable Long responsibleDepartmentId,
		@Nullable Long supervisingDepartmentId, @Nullable String rectificationOwner, @Nullable String measures,
		@Nullable BigDecimal funds, @Nullable LocalDate timeLimit, @Nullable String emergencyPlan,
		@Nullable ListingLevel listingLevel, @Nullable String listingDocument, @Nullable Long originTaskId) {

	/**
	 * Texts a client left out (JSON without the field) are empty, so the rules name them.
	 */
	public HazardCommand {
		unitName = unitName == null ? "" : unitName;
		district = district == null ? "" : district;
		address = address == null ? "" : address;
		description = description == null ? "" : description;
	}

}
