package org.anwei.duban.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anwei.duban.base.ReplayClock;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.hazard.HazardCommand;
import org.anwei.duban.hazard.HazardLevel;
import org.anwei.duban.hazard.HazardType;
import org.anwei.duban.inspection.FindingTaskCommand;
import org.anwei.duban.inspection.InspectionCommand;
import org.anwei.duban.inspection.InspectionKind;
import org.anwei.duban.inspection.InspectionService;
import org.anwei.duban.task.Urgency;
import org.springframework.stereotype.Component;

/**
 * The demo city's inspections over the last months, recorded on the day they took place:
 * monthly unannounced visits (暗访) in turn through the districts, a joint inspection and a
 * special one, each with what it found — hazards on the ledger and a task for a
 * department.
 */
@Component
class DemoInspections {

	static final int INSPECTIONS = 6;

	static final int HAZARDS = 8;

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** A visit: when (days ago), kind, title, district, team departments, sites. */
	private record Visit(int daysAgo, InspectionKind kind, String title, String district, List<String> team,
			List<String> sites) {
	}

	private static final List<Visit> VISITS = List.of(
			new Visit(95, InspectionKind.UNANNOUNCED, "八月安全生产暗访督查", "城东区", List.of("YJJ", "CDQ"),
					List.of("城东区永兴化工有限公司", "城东区滨江冷链仓库")),
			new Visit(70, InspectionKind.JOINT, "燃气安全联合检查", "城西区", List.of("CGJ", "SCJGJ", "CXQ"),
					List.of("城西区老街餐饮一条街", "城西区福满楼酒家")),
			new Visit(62, InspectionKind.UNANNOUNCED, "九月安全生产暗访督查", "临江县", List.of("ZJJ", "LJX"),
					List.of("临江县港城花园项目工地")),
			new Visit(33, InspectionKind.UNANNOUNCED, "十月安全生产暗访督查", "高新区", List.of("XFZD", "GXQ"),
					List.of("高新区创业大厦", "高新区天成电子厂")),
			new Visit(20, InspectionKind.SPECIAL, "粉尘涉爆企业专项检查", "青山县", List.of("GXJ", "QSX"), List.of("青山县森华木业有限公司")),
			new Visit(4, InspectionKind.UNANNOUNCED, "十一月安全生产暗访督查", "城东区", List.of("JTJ", "CDQ"),
					List.of("城东区客运中心站", "城东区顺通危货运输公司")));

	/**
	 * What a visit found at its sites: unit, finding, industry, type, responsible
	 * department.
	 */
	private record Found(int visit, String site, String finding, DirectiveCategory industry, HazardType type,
			String department) {
	}

	private static final List<Found> FOUND = List.of(
			new Found(0, "城东区永兴化工有限公司", "动火作业现场未配备灭火器材，监护人员不在岗。", DirectiveCategory.HAZARDOUS_CHEMICALS,
					HazardType.PERSON, "YJJ"),
			new Found(0, "城东区滨江冷链仓库", "液氨制冷机房通风设施损坏，未设置泄漏报警。", DirectiveCategory.HAZARDOUS_CHEMICALS, HazardType.THING,
					"YJJ"),
			new Found(1, "城西区福满楼酒家", "燃气管道穿越卧室，未安装自动切断装置。", DirectiveCategory.GAS, HazardType.THING, "CGJ"),
			new Found(2, "临江县港城花园项目工地", "高处作业人员未系安全带，临边防护缺失。", DirectiveCategory.CONSTRUCTION, HazardType.PERSON,
					"ZJJ"),
			new Found(3, "高新区创业大厦", "消防控制室值班人员无证上岗，自动喷淋系统处于手动状态。", DirectiveCategory.FIRE, HazardType.MANAGEMENT,
					"XFZD"),
			new Found(3, "高新区天成电子厂", "生产车间与员工宿舍未有效分隔（三合一场所）。", DirectiveCategory.FIRE, HazardType.ENVIRONMENT, "XFZD"),
			new Found(4, "青山县森华木业有限公司", "除尘器未设置泄爆片，粉尘清扫记录缺失。", DirectiveCategory.INDUSTRY_DUST, HazardType.THING,
					"GXJ"),
			new Found(5, "城东区顺通危货运输公司", "车辆动态监控平台无人值守，超速报警未处置。", DirectiveCategory.ROAD_TRAFFIC, HazardType.MANAGEMENT,
					"JTJ"));

	private final InspectionService inspections;

	private final ReplayClock clock;

	DemoInspections(InspectionService inspections, ReplayClock clock) {
		this.inspections = inspections;
		this.clock = clock;
	}

	/** Runs as a staff user; {@code departments} maps department codes to ids. */
	void create(LocalDate today, Map<String, Long> departments) {
		for (int v = 0; v < VISITS.size(); v++) {
			Visit visit = VISITS.get(v);
			LocalDate day = today.minusDays(visit.daysAgo());
			int index = v;
			at(day, () -> {
				long id = this.inspections
					.create(new InspectionCommand(day, visit.kind(), visit.title(), "市安委办副主任 王建国", "安委办督查组",
							visit.team().stream().map(departments::get).collect(java.util.stream.Collectors.toSet()),
							visit.district(), visit.sites(), "不发通知、不打招呼、不听汇报、不用陪同接待，直奔基层、直插现场。"))
					.id();
				FOUND.stream()
					.filter(f -> f.visit() == index)
					.forEach(f -> this.inspections.registerHazard(id, hazard(f, visit, day, departments), List.of()));
				this.inspections.assignTask(id, new FindingTaskCommand(visit.sites().getFirst(),
						"督查发现属地安全生产责任落实不到位，请组织辖区同类场所开展自查自纠，并报送整改情况。", departments.get(visit.team().getLast()),
						day.plusDays(30).isBefore(today) ? today.plusDays(7) : day.plusDays(30), Urgency.NORMAL));
				return id;
			});
		}
	}

	private static HazardCommand hazard(Found f, Visit visit, LocalDate day, Map<String, Long> departments) {
		return new HazardCommand(day, null, f.site(), null, f.industry(), visit.district(), null,
				visit.district() + "（督查组现场核实地址）", null, null, f.finding(), HazardLevel.GENERAL, f.type(),
				departments.get(f.department()), departments.get(visit.team().getLast()), "企业主要负责人",
				"立即停止相关作业，按规定整改到位。", new BigDecimal("20000"), day.plusDays(20), null, null, null, null);
	}

	private <T> T at(LocalDate day, java.util.function.Supplier<T> step) {
		return this.clock.at(day.atTime(14, 0).atZone(ZONE).toInstant(), step);
	}

}
