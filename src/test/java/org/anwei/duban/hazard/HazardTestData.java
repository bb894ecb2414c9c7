package org.anwei.duban.hazard;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.anwei.duban.directive.DirectiveCategory;

/** Hazard commands for tests: a general hazard with every field a form would fill. */
public final class HazardTestData {

	private HazardTestData() {
	}

	public static HazardCommand general(String unitName, long responsibleDepartmentId, LocalDate foundOn,
			LocalDate timeLimit) {
		return new HazardCommand(foundOn, HazardSource.UNANNOUNCED, unitName, null,
				DirectiveCategory.HAZARDOUS_CHEMICALS, "城东区", "东湖街道", "城东区滨江路 88 号", new BigDecimal("30.251234"),
				new BigDecimal("120.161234"), "储罐区可燃气体报警器 2 台失效，现场未设置警示标志。", HazardLevel.GENERAL, HazardType.THING,
				responsibleDepartmentId, null, "张工", "更换报警器并联网，设置警示标志。", new BigDecimal("12000"), timeLimit, null, null,
				null, null);
	}

	/** The same hazard as major, with 五落实 and a city-level listing. */
	public static HazardCommand major(String unitName, long responsibleDepartmentId, LocalDate foundOn,
			LocalDate timeLimit) {
		HazardCommand c = general(unitName, responsibleDepartmentId, foundOn, timeLimit);
		return new HazardCommand(c.foundOn(), c.source(), c.unitName(), null, c.industry(), c.district(), c.street(),
				c.address(), c.latitude(), c.longitude(), c.description(), HazardLevel.MAJOR, c.type(),
				c.responsibleDepartmentId(), null, c.rectificationOwner(), c.measures(), c.funds(), c.timeLimit(),
				"《储罐区泄漏专项应急预案》", ListingLevel.CITY, "示安委办督〔2026〕3号", null);
	}

	/** The command with another credit code. */
	public static HazardCommand withCreditCode(HazardCommand c, String creditCode) {
		return new HazardCommand(c.foundOn(), c.source(), c.unitName(), creditCode, c.industry(), c.district(),
				c.street(), c.address(), c.latitude(), c.longitude(), c.description(), c.level(), c.type(),
				c.responsibleDepartmentId(), c.supervisingDepartmentId(), c.rectificationOwner(), c.measures(),
				c.funds(), c.timeLimit(), c.emergencyPlan(), c.listingLevel(), c.listingDocument(), c.originTaskId());
	}

	/**
	 * A major hazard with none of 五落实 but the department and time limit, and no listing
	 * number.
	 */
	public static HazardCommand majorWithoutFiveAssurances(HazardCommand c) {
		return new HazardCommand(c.foundOn(), c.source(), c.unitName(), c.creditCode(), c.industry(), c.district(),
				c.street(), c.address(), c.latitude(), c.longitude(), c.description(), HazardLevel.MAJOR, c.type(),
				c.responsibleDepartmentId(), c.supervisingDepartmentId(), " ", null, null, c.timeLimit(), "",
				ListingLevel.PROVINCE, null, c.originTaskId());
	}

	/** The command with a supervising department (行业监管 or 属地). */
	public static HazardCommand supervisedBy(HazardCommand c, long supervisingDepartmentId) {
		return new HazardCommand(c.foundOn(), c.source(), c.unitName(), c.creditCode(), c.industry(), c.district(),
				c.street(), c.address(), c.latitude(), c.longitude(), c.description(), c.level(), c.type(),
				c.responsibleDepartmentId(), supervisingDepartmentId, c.rectificationOwner(), c.measures(), c.funds(),
				c.timeLimit(), c.emergencyPlan(), c.listingLevel(), c.listingDocument(), c.originTaskId());
	}

}
