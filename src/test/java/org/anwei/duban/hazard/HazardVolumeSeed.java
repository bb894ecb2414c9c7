package org.anwei.duban.hazard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.anwei.duban.directive.DirectiveCategory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hazards for the volume harnesses, written with JDBC batches: found over the last year
 * in five districts, every status, one in twenty major, two in three located.
 */
public final class HazardVolumeSeed {

	static final List<String> DISTRICTS = List.of("城东区", "城西区", "高新区", "临江县", "青山县");

	private HazardVolumeSeed() {
	}

	/** A degree within half a degree of {@code base}, as stored (six decimals). */
	private static java.math.BigDecimal coordinate(int base, Random random) {
		return java.math.BigDecimal.valueOf(base + random.nextDouble() / 2).setScale(6, java.math.RoundingMode.HALF_UP);
	}

	public static void seed(JdbcTemplate jdbc, List<Long> departments, int hazards) {
		Random random = new Random(42);
		Long firstId = jdbc.queryForObject("select coalesce(max(id), 0) from hazard", Long.class);
		long base = (firstId == null ? 0 : firstId) + 1;
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String[] statuses = { "REGISTERED", "RECTIFYING", "RECTIFYING", "AWAITING_ACCEPTANCE", "CLOSED", "CLOSED",
				"CLOSED" };
		DirectiveCategory[] industries = DirectiveCategory.values();
		String[] types = { "PERSON", "THING", "MANAGEMENT", "ENVIRONMENT" };
		int batch = 2_000;
		for (int from = 0; from < hazards; from += batch) {
			List<Object[]> rows = new ArrayList<>();
			for (int i = from; i < Math.min(hazards, from + batch); i++) {
				long id = base + i;
				LocalDate found = today.minusDays(random.nextInt(365));
				LocalDate limit = found.plusDays(10 + random.nextInt(50));
				String status = statuses[random.nextInt(statuses.length)];
				boolean closed = status.equals("CLOSED");
				boolean rectified = closed || status.equals("AWAITING_ACCEPTANCE");
				Instant rectifiedAt = found.plusDays(5 + random.nextInt(40))
					.atStartOfDay(ZoneId.of("Asia/Shanghai"))
					.toInstant();
				String unit = "压测单位" + (i % 50_000) + "号";
				rows.add(new Object[] { id, "BM-2019-" + String.format("%06d", i + 1), 2019, i + 1, Date.valueOf(found),
						"INSPECTION", unit, unit, industries[random.nextInt(industries.length)].name(),
						DISTRICTS.get(random.nextInt(DISTRICTS.size())), "压测路 " + i + " 号", "压测隐患第" + i + "号：问题描述。",
						random.nextInt(20) == 0 ? "MAJOR" : "GENERAL", types[random.nextInt(types.length)],
						departments.get(random.nextInt(departments.size())), Date.valueOf(limit), status,
						Date.valueOf(limit.minusDays(3)),
						Timestamp.from(found.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()),
						rectified ? Timestamp.from(rectifiedAt) : null,
						closed ? Timestamp.from(rectifiedAt.plusSeconds(86_400L * (1 + random.nextInt(5)))) : null,
						// two in three located, as when inspectors register on a phone
						i % 3 == 0 ? null : coordinate(30, random), i % 3 == 0 ? null : coordinate(120, random) });
			}
			jdbc.batchUpdate(
					"""
							insert into hazard (id, version, number, number_year, number_seq, found_on, source, unit_name,
							  unit_key, industry, district, address, description, level, hazard_type, responsible_department_id,
							  time_limit, status, remind_from, registered_by, registered_at, rectified_at, closed_at, urge_count,
							  latitude, longitude)
							values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'anweiban', ?, ?, ?, 0, ?, ?)
							""",
					rows);
		}
	}

}
