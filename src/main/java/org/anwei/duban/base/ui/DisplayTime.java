package org.anwei.duban.base.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * Times are stored in UTC and shown in China Standard Time, the users' clock, whatever
 * zone the server runs in.
 */
public final class DisplayTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

	private DisplayTime() {
	}

	public static String minutes(@Nullable Instant instant) {
		return instant == null ? "" : MINUTES.format(instant);
	}

	public static String seconds(@Nullable Instant instant) {
		return instant == null ? "" : SECONDS.format(instant);
	}

}
