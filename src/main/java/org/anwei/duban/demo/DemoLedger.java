package org.anwei.duban.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.anwei.duban.base.ReplayClock;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.evidence.Upload;
import org.anwei.duban.hazard.HazardCommand;
import org.anwei.duban.hazard.HazardDetails;
import org.anwei.duban.hazard.HazardLevel;
import org.anwei.duban.hazard.HazardService;
import org.anwei.duban.hazard.HazardSource;
import org.anwei.duban.hazard.HazardType;
import org.anwei.duban.hazard.ListingLevel;
import org.anwei.duban.hazard.RecheckItem;
import org.anwei.duban.hazard.RecheckService;
import org.anwei.duban.hazard.RecheckStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A living hazard ledger for the demo city, through the same services users call: about
 * 240 hazards found over five months in every district and most departments' fields, some
 * major and listed, about half closed out, some failed at acceptance, some overdue, and
 * re-inspections of closed ones, one of which finds a rebound. Each step is replayed on
 * the day it would have happened ({@link ReplayClock}), so close-out dates, the history
 * and the monthly figures spread over the months as in real use. Seeded, so every fresh
 * start looks the same.
 */
@Component
class DemoLedger {

	static final int HAZARDS = 240;

	/**
	 * The demo districts, their district governments (supervising) and a map position:
	 * the centre of its region on the demo map ({@code demo/jurisdiction.geojson}), which
	 * hazards are scattered around.
	 */
	private record District(String name, String government, double latitude, double longitude) {
	}

	private static final List<District> DISTRICTS = List.of(new District("城东区", "CDQ", 30.27, 120.21),
			new District("城西区", "CXQ", 30.27, 120.09), new District("高新区", "GXQ", 30.20, 120.18),
			new District("临江县", "LJX", 30.35, 120.32), new District("青山县", "QSX", 30.12, 119.98));

	/** A field of work: its industry, the department responsible, units and findings. */
	private record Field(DirectiveCategory industry, String department, List<String> units, List<String> findings,
			HazardType type) {
	}

	private static final List<Field> FIELDS = List.of(
			new Field(DirectiveCategory.HAZARDOUS_CHEMICALS, "YJJ", List.of("化工有限公司", "涂料厂", "液氨制冷站"),
					List.of("储罐区可燃气体报警器失效", "重大危险源未按规定设置视频监控", "动火作业未办理审批手续"), HazardType.THING),
			new Field(DirectiveCategory.CONSTRUCTION, "ZJJ", List.of("住宅项目工地", "地铁站施工现场", "商业综合体工地"),
					List.of("深基坑临边防护缺失", "脚手架连墙件设置不足", "塔吊司机无证上岗"), HazardType.PERSON),
			new Field(DirectiveCategory.GAS, "CGJ", List.of("餐饮店", "液化气供应站", "农贸市场"),
					List.of("燃气软管老化未更换", "未安装燃气泄漏报警装置", "气瓶存放在地下室"), HazardType.THING),
			new Field(DirectiveCategory.FIRE, "XFZD", List.of("商贸城", "宾馆", "养老院"),
					List.of("疏散通道堆放杂物", "消防控制室无人值守", "电动自行车在楼道充电"), HazardType.MANAGEMENT),
			new Field(DirectiveCategory.SPECIAL_EQUIPMENT, "SCJGJ", List.of("物流园", "机械厂", "商场"),
					List.of("电梯超期未检验", "叉车司机无证作业", "压力容器安全阀未校验"), HazardType.THING),
			new Field(DirectiveCategory.INDUSTRY_DUST, "GXJ", List.of("木业加工厂", "铝制品厂", "食品厂"),
					List.of("除尘系统未设置泄爆装置", "粉尘清扫制度未落实", "有限空间作业未检测"), HazardType.MANAGEMENT),
			new Field(DirectiveCategory.ROAD_TRAFFIC, "JTJ", List.of("客运站", "危险货物运输公司", "农村公路"),
					List.of("临水临崖路段缺少防护栏", "车辆动态监控平台未落实专人", "驾驶员超时驾驶"), HazardType.ENVIRONMENT),
			new Field(DirectiveCategory.CAMPUS, "JYJ", List.of("小学", "幼儿园", "职业学校"),
					List.of("实验室危化品未双人双锁", "校车安全员未跟车", "体育器材锈蚀松动"), HazardType.THING),
			new Field(DirectiveCategory.TOURISM, "WLJ", List.of("景区", "漂流项目", "民宿"),
					List.of("游乐设施未每日检查", "景区步道护栏破损", "救生设备配备不足"), HazardType.ENVIRONMENT));

	private static final List<String> PLACES = List.of("滨江", "金山", "南湖", "青石", "东岳", "新桥", "红星", "长安");

	private static final List<String> NAMES = List.of("宏达", "恒泰", "鑫源", "华兴", "永安", "盛丰", "瑞祥", "金鼎", "天成", "顺发", "嘉禾",
			"远航", "海星", "银河", "正大", "隆昌", "新纪元", "安泰", "兴业", "广源");

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final HazardService hazards;

	private final RecheckService rechecks;

	private final ReplayClock clock;

	DemoLedger(HazardService hazards, RecheckService rechecks, ReplayClock clock) {
		this.hazards = hazards;
		this.rechecks = rechecks;
		this.clock = clock;
	}

	/** Runs as a staff user; {@code departments} maps department codes to ids. */
	void create(LocalDate today, Map<String, Long> departments) {
		Random random = new Random(2026);
		java.util.Set<String> units = new java.util.HashSet<>();
		for (int i = 0; i < HAZARDS; i++) {
			Field field = FIELDS.get(random.nextInt(FIELDS.size()));
			District district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
			// one finding per unit, so that the only rebound is the one made on purpose
			// below
			String unit;
			do {
				unit = district.name().substring(0, 2) + NAMES.get(random.nextInt(NAMES.size()))
						+ field.units().get(random.nextInt(field.units().size()));
			}
			while (!units.add(unit));
			LocalDate found = today.minusDays(3 + random.nextInt(150));
			boolean major = random.nextInt(12) == 0;
			LocalDate limit = found.plusDays(major ? 60 : 10 + random.nextInt(30));
			HazardCommand command = command(field, district, unit, found, limit, major, random, departments);
			List<Upload> photos = i % 40 == 0 ? photo(random) : List.of();
			HazardDetails hazard = at(found, 10, () -> this.hazards.register(command, photos));
			advance(hazard, found, limit, today, random);
		}
		lookBack(today);
	}

	/**
	 * Re-inspections: last month's draw, three weeks ago (some of it now overdue), and
	 * this month's; one finds the problem back (the ledger's one rebound), two find the
	 * rectification held.
	 */
	private void lookBack(LocalDate today) {
		at(today.minusDays(20), 8, () -> this.rechecks.sample(today.minusDays(20)));
		this.rechecks.sample(today);
		List<RecheckItem> pending = this.rechecks.list(RecheckStatus.PENDING, PageRequest.of(0, 3));
		for (int i = 0; i < pending.size(); i++) {
			RecheckItem item = pending.get(i);
			this.rechecks.record(item.id(), item.version(), i == 0,
					i == 0 ? "回头看发现：原整改部位问题再次出现，整改不彻底。" : "现场复查，整改措施落实到位，未发现反弹。", List.of());
		}
	}

	private HazardCommand command(Field field, District district, String unit, LocalDate found, LocalDate limit,
			boolean major, Random random, Map<String, Long> departments) {
		String finding = field.findings().get(random.nextInt(field.findings().size()));
		BigDecimal latitude = BigDecimal.valueOf(district.latitude() + (random.nextDouble() - 0.5) * 0.04)
			.setScale(6, RoundingMode.HALF_UP);
		BigDecimal longitude = BigDecimal.valueOf(district.longitude() + (random.nextDouble() - 0.5) * 0.05)
			.setScale(6, RoundingMode.HALF_UP);
		HazardSource source = HazardSource.values()[random.nextInt(4)];
		return new HazardCommand(found, source, unit, null, field.industry(), district.name(), null,
				district.name() + PLACES.get(random.nextInt(PLACES.size())) + "路 " + (1 + random.nextInt(300)) + " 号",
				latitude, longitude, finding + "。", major ? HazardLevel.MAJOR : HazardLevel.GENERAL, field.type(),
				departments.get(field.department()), departments.get(district.government()),
				major || random.nextBoolean() ? "企业主要负责人" : null, "立即整改：" + finding.replace("未", "按规定") + "。",
				BigDecimal.valueOf(1000L * (1 + random.nextInt(major ? 200 : 20))), limit,
				major ? "企业专项应急预案（已备案）" : null, major ? ListingLevel.values()[1 + random.nextInt(2)] : null,
				major ? "示安委办督〔" + found.getYear() + "〕" + (1 + random.nextInt(40)) + "号" : null, null);
	}

	/**
	 * Moves the hazard as far as its age makes likely, the older the further on, each
	 * step on the day it would have happened: started a day or two after it was found,
	 * rectified mostly before its time limit, accepted a few days later.
	 */
	private void advance(HazardDetails hazard, LocalDate found, LocalDate limit, LocalDate today, Random random) {
		long age = today.toEpochDay() - found.toEpochDay();
		int roll = random.nextInt(100);
		if (roll < 10 && age < 40) {
			return;
		}
		LocalDate started = earliest(found.plusDays(1 + random.nextInt(2)), today);
		HazardDetails h = at(started, 9, () -> this.hazards.start(hazard.id(), hazard.version()));
		if (roll < 30 && age < 90) {
			return;
		}
		long span = Math.max(1, limit.toEpochDay() - started.toEpochDay());
		// one in eight finishes late
		LocalDate rectified = earliest(
				started
					.plusDays(random.nextInt(8) == 0 ? span + 1 + random.nextInt(10) : 1 + random.nextInt((int) span)),
				today);
		HazardDetails r = at(rectified, 16,
				() -> this.hazards.reportRectified(h.id(), h.version(), "已按要求完成整改，附整改前后照片。", List.of()));
		if (roll < 45) {
			return;
		}
		LocalDate checked = earliest(rectified.plusDays(1 + random.nextInt(5)), today);
		boolean passed = roll >= 52;
		at(checked, 15, () -> this.hazards.accept(r.id(), r.version(), passed,
				passed ? "现场核查，整改到位，同意销号。" : "现场复核仍有问题，整改不彻底。", List.of()));
	}

	private static LocalDate earliest(LocalDate day, LocalDate today) {
		return day.isAfter(today) ? today : day;
	}

	/** Runs a step as of that day and hour, never later than now. */
	private <T> T at(LocalDate day, int hour, Supplier<T> step) {
		return this.clock.at(day.atTime(hour, 0).atZone(ZONE).toInstant(), step);
	}

	private static List<Upload> photo(Random random) {
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), 320, 240,
				new Color(random.nextInt(0xFFFFFF))));
		g.fillRect(0, 0, 320, 240);
		g.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return List.of(new Upload("现场照片.png", out.toByteArray()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
