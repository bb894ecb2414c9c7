package org.anwei.duban.base.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Dates as people type them into ledgers: 2026-11-30, 2026/11/30, 2026.11.30, 2026年11月30日
 * (also with single-digit months and days, and a time after the date), and Excel's serial
 * day numbers (46356 is 2026-11-30) where a cell holds the number behind a date.
 */
public final class ImportDates {

	private static final Pattern YMD = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[\\sT].*)?");

	private static final Pattern SERIAL = Pattern.compile("(\\d{5})(?:\\.0+)?");

	/** Excel's day 0 (its serial 60 is the 29 February 1900 that never was). */
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private ImportDates() {
	}

	/** The date, or null when the text is none of the forms above or no real day. */
	public static @Nullable LocalDate parse(String text) {
		String value = text.strip().replace('／', '/').replace('－', '-').replace('．', '.');
		Matcher ymd = YMD.matcher(value);
		try {
			if (ymd.matches()) {
				return LocalDate.of(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)),
						Integer.parseInt(ymd.group(3)));
			}
			Matcher serial = SERIAL.matcher(value);
			if (serial.matches()) {
				// 1982 to 2173: a five-digit serial; other numbers are not dates
				return EXCEL_EPOCH.plusDays(Long.parseLong(serial.group(1)));
			}
		}
		catch (DateTimeException ex) {
			return null;
		}
		return null;
	}

}
