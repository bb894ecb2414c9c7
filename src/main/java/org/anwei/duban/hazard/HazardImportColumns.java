package org.anwei.duban.hazard;

import java.util.List;

import org.anwei.duban.base.importing.ImportColumn;

/**
 * The ledger layout committees keep in Excel today (序号, 单位名称, 统一社会信用代码, 隐患描述, 等级, 类型, 行业,
 * 所在区县, 详细地址, 责任单位, 整改措施, 整改资金, 整改时限, 整改责任人, 应急预案, 状态 …): what an import reads and an
 * export writes, in this order. Keys are the service's field names, so an error in a row
 * names the field as the form does; other headers that name the same thing are listed,
 * and headers worded a little differently still match.
 */
public final class HazardImportColumns {

	public static final String NUMBER = "hazard.number";

	public static final String FOUND_ON = "hazard.foundOn";

	public static final String SOURCE = "hazard.source";

	public static final String UNIT = "hazard.unitName";

	public static final String CREDIT_CODE = "hazard.creditCode";

	public static final String DESCRIPTION = "hazard.description";

	public static final String LEVEL = "hazard.level";

	public static final String TYPE = "hazard.type";

	public static final String INDUSTRY = "hazard.industry";

	public static final String DISTRICT = "hazard.district";

	public static final String STREET = "hazard.street";

	public static final String ADDRESS = "hazard.address";

	public static final String LATITUDE = "hazard.latitude";

	public static final String LONGITUDE = "hazard.longitude";

	public static final String RESPONSIBLE = "hazard.responsibleDepartment";

	public static final String SUPERVISING = "hazard.supervisingDepartment";

	public static final String MEASURES = "hazard.measures";

	public static final String FUNDS = "hazard.funds";

	public static final String TIME_LIMIT = "hazard.timeLimit";

	public static final String OWNER = "hazard.rectificationOwner";

	public static final String EMERGENCY_PLAN = "hazard.emergencyPlan";

	public static final String LISTING_LEVEL = "hazard.listingLevel";

	public static final String LISTING_DOCUMENT = "hazard.listingDocument";

	public static final String STATUS = "hazard.status";

	public static final List<ImportColumn> ALL = List.of(ImportColumn.optional(NUMBER, "隐患编号", "编号", "Number"),
			ImportColumn.required(UNIT, "单位名称", "单位（场所）名称", "被检查单位", "企业名称", "Unit or site"),
			ImportColumn.optional(CREDIT_CODE, "统一社会信用代码", "信用代码", "Unified social credit code"),
			ImportColumn.required(DESCRIPTION, "隐患描述", "隐患内容", "存在问题", "Description"),
			ImportColumn.required(LEVEL, "等级", "隐患等级", "隐患级别", "Level"),
			ImportColumn.required(TYPE, "类型", "隐患类型", "Type"),
			ImportColumn.required(INDUSTRY, "行业", "行业领域", "所属行业", "Industry"),
			ImportColumn.required(DISTRICT, "所在区县", "区县", "属地", "District"),
			ImportColumn.optional(STREET, "街道（乡镇）", "所在街道", "乡镇街道", "Street or town"),
			ImportColumn.required(ADDRESS, "详细地址", "地址", "Address"),
			ImportColumn.required(RESPONSIBLE, "责任单位", "整改责任单位", "Responsible department"),
			ImportColumn.optional(SUPERVISING, "监管单位", "行业监管部门", "Supervising department"),
			ImportColumn.optional(MEASURES, "整改措施", "Measures"),
			ImportColumn.optional(FUNDS, "整改资金", "整改资金（元）", "资金", "Funds (yuan)"),
			ImportColumn.required(TIME_LIMIT, "整改时限", "整改期限", "完成时限", "Time limit"),
			ImportColumn.optional(OWNER, "整改责任人", "责任人", "Rectification owner"),
			ImportColumn.optional(EMERGENCY_PLAN, "应急预案", "应急措施和预案", "Emergency plan"),
			ImportColumn.optional(STATUS, "状态", "整改状态", "Status"),
			ImportColumn.optional(FOUND_ON, "发现日期", "排查日期", "检查日期", "Found on"),
			ImportColumn.optional(SOURCE, "隐患来源", "来源", "Source"),
			ImportColumn.optional(LISTING_LEVEL, "挂牌督办", "挂牌级别", "Listed for supervision"),
			ImportColumn.optional(LISTING_DOCUMENT, "挂牌文号", "督办文号", "Listing document number"),
			ImportColumn.optional(LATITUDE, "纬度", "Latitude"), ImportColumn.optional(LONGITUDE, "经度", "Longitude"));

	private HazardImportColumns() {
	}

}
