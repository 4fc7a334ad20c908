package io.agritrace.service;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;

import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.text.Times;

/**
 * The time zone of this workspace, the {@value #KEY} key of its
 * {@value CreditSettings#NODE} preferences over the default this bundle's
 * preference initializer sets ({@link Times#DEFAULT_ZONE}, Jilin's): the
 * offset events recorded or generated here carry, and the zone every front
 * end writes times in, whatever the machine's clock says. What Window >
 * Preferences > General saves; the workbench, {@code agritrace-cli} and any
 * other front end read it here.
 */
public final class WorkspaceZone {

	/** The preference key that keeps the zone's ID, e.g. {@code Asia/Shanghai}. */
	public static final String KEY = "time.zone"; //$NON-NLS-1$

	private static final Clock CLOCK = new Following();

	private WorkspaceZone() {
	}

	/** The saved zone, or the default where nothing (or no zone Java knows) is saved. */
	public static ZoneId zone() {
		String saved = InstanceScope.INSTANCE.getNode(CreditSettings.NODE).get(KEY,
				DefaultScope.INSTANCE.getNode(CreditSettings.NODE).get(KEY, Times.DEFAULT_ZONE.getId()));
		try {
			return ZoneId.of(saved);
		} catch (DateTimeException e) {
			return Times.DEFAULT_ZONE;
		}
	}

	/**
	 * The zones a person chooses among, each named as {@link Times#zone} names it
	 * at {@code now}, west to east: one zone per name (the one Java's short IDs
	 * point at, as Asia/Shanghai for China), but {@code current} keeps its own ID.
	 * In Chinese, zones that Java names only in English are left out.
	 */
	public static Map<String, ZoneId> choices(ZoneId current, Instant now, Locale language) {
		Map<String, ZoneId> byName = new LinkedHashMap<>();
		ZoneId.getAvailableZoneIds().stream().filter(WorkspaceZone::isPlace)
				.sorted(Comparator.comparing((String id) -> !ZoneId.SHORT_IDS.containsValue(id)).thenComparing(id -> id))
				.map(ZoneId::of).forEach(zone -> {
					String name = Times.zone(zone, now, language);
					if (readsIn(name, language)) {
						byName.putIfAbsent(name, zone);
					}
				});
		byName.put(Times.zone(current, now, language), current);
		Map<String, ZoneId> westToEast = new LinkedHashMap<>();
		byName.entrySet().stream()
				.sorted(Comparator.comparing((Map.Entry<String, ZoneId> e) -> e.getValue().getRules().getOffset(now)).reversed()
						.thenComparing(Map.Entry::getKey))
				.forEach(e -> westToEast.put(e.getKey(), e.getValue()));
		return westToEast;
	}

	/** A region's zone or UTC: not the fixed offsets (Etc/GMT+5) and old aliases (SystemV/…) Java names by offset. */
	private static boolean isPlace(String id) {
		return id.equals("UTC") //$NON-NLS-1$
				|| id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Whether a name is in the language: Java names a few zones in English only, which a Chinese list leaves out. */
	private static boolean readsIn(String name, Locale language) {
		return !DisplayLanguage.isChinese(language)
				|| !name.replace("UTC", "").matches(".*[A-Za-z].*"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The system clock in the workspace's zone, read again each time it is asked, so that it follows the preference. */
	public static Clock clock() {
		return CLOCK;
	}

	/** The system's clock whose zone is always the preference's. */
	private static final class Following extends Clock {

		@Override
		public ZoneId getZone() {
			return zone();
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.system(zone);
		}

		@Override
		public Instant instant() {
			return Instant.now();
		}
	}
}
