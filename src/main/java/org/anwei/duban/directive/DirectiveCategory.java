package org.anwei.duban.directive;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The topic taxonomy of directives, as the extraction engine names it in Chinese. Stored
 * by constant name so the wording can change without touching the data.
 */
public enum DirectiveCategory {

	ROAD_TRAFFIC("道路交通"), CONSTRUCTION("建筑施工"), HAZARDOUS_CHEMICALS("危险化学品"), FIRE("消防"), COAL_MINE("煤矿"),
	NON_COAL_MINE("非煤矿山"), SPECIAL_EQUIPMENT("特种设备"), GAS("燃气"), INDUSTRY_DUST("工贸/粉尘"), CAMPUS("校园"), TOURISM("旅游"),
	AGRICULTURAL_MACHINERY("农机"), WATER_TRANSPORT("水上交通"), FIREWORKS("烟花爆竹"), HAZARD_INSPECTION("隐患排查"),
	RESPONSIBILITY("责任落实"), EMERGENCY_DUTY("应急值守"), GENERAL("综合");

	private final String chineseName;

	DirectiveCategory(String chineseName) {
		this.chineseName = chineseName;
	}

	/** The engine's name for the topic, e.g. 道路交通. */
	public String chineseName() {
		return this.chineseName;
	}

	public String labelKey() {
		return "directive.category." + name().toLowerCase(Locale.ROOT);
	}

	public static Optional<DirectiveCategory> fromChineseName(String name) {
		return Arrays.stream(values()).filter(c -> c.chineseName.equals(name)).findFirst();
	}

}
