package io.agritrace.core.text;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.text.internal.Texts;

/**
 * How every screen, file, message and command line writes a time: to the
 * minute, 24-hour, alike in Chinese and English ({@code 2026-11-17 08:49}),
 * in the event's own offset, with that offset written only where it is not
 * the workspace's zone's at that moment ({@code 2026-11-17 09:49 +09:00}).
 * Nothing here reads the JVM's zone: a machine whose clock is UTC shows what
 * one in Jilin shows.
 */
public final class Times {

	/** The zone of a workspace that chose none: Jilin's, China Standard Time. */
	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai"); //$NON-NLS-1$

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"); //$NON-NLS-1$
	private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern(" xxx"); //$NON-NLS-1$
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd"); //$NON-NLS-1$
	private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzzz"); //$NON-NLS-1$

	private Times() {
	}

	/** An event's time in its own offset; the offset is written where it differs from the workspace's. */
	public static String format(OffsetDateTime time, ZoneId workspace) {
		String minute = MINUTE.format(time);
		return inZone(time, workspace) ? minute : minute + OFFSET.format(time);
	}

	/** Whether a time's offset is the one the workspace's zone has at that moment: then nothing need say it. */
	public static boolean inZone(OffsetDateTime time, ZoneId workspace) {
		return workspace.getRules().getOffset(time.toInstant()).equals(time.getOffset());
	}

	/** A moment that no event's offset goes with (a reading, an anchor, a drill): in the workspace's zone. */
	public static String format(Instant moment, ZoneId workspace) {
		return MINUTE.format(moment.atZone(workspace));
	}

	/** The day of a moment in the workspace's zone: {@code 2026-11-17}. */
	public static String day(Instant moment, ZoneId workspace) {
		return DAY.format(moment.atZone(workspace));
	}

	/**
	 * A zone as its reader calls it at a moment, with its offset then: 中国标准时间（UTC+08:00）,
	 * China Standard Time (UTC+08:00). Never the zone's ID, which only programs read.
	 */
	public static String zone(ZoneId zone, Instant at, Locale language) {
		Locale names = DisplayLanguage.pick(language, Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
		ZonedDateTime then = at.atZone(zone);
		return Texts.Zone_named.text(language, ZONE_NAME.withLocale(names).format(then), OFFSET.format(then).strip());
	}
}
